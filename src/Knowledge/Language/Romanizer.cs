using System.Text;

namespace Knowledge.Language;

/// <summary>
/// Hangul in the Revised Romanization, and a loose sound key that romanizations of one name share
/// (Kim Hyun-cheol ≈ 김현철, Haesol Marintech ≈ 해솔마린텍), so English questions can name Korean companies and people.
/// </summary>
public static class Romanizer
{
    private static readonly string[] Initials = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"];
    private static readonly string[] Medials = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"];
    private static readonly string[] Finals = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"];

    public static string Romanize(string text)
    {
        var b = new StringBuilder(text.Length * 3);
        foreach (var c in text)
        {
            if (c is >= '가' and <= '힣')
            {
                var index = c - '가';
                b.Append(Initials[index / (21 * 28)]).Append(Medials[index % (21 * 28) / 28]).Append(Finals[index % 28]);
            }
            else if (char.IsLetterOrDigit(c))
            {
                b.Append(char.ToLowerInvariant(c));
            }
        }
        return b.ToString();
    }

    /// <summary>A key that differing romanizations of one sound share: k/g, t/d, p/b, ch/j, r/l, eo/u, ae/e, doubled letters.</summary>
    public static string SoundKey(string romanized)
    {
        var s = romanized.ToLowerInvariant();
        s = s.Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        s = s.Replace("ch", "j", StringComparison.Ordinal).Replace("sh", "s", StringComparison.Ordinal).Replace("eo", "u", StringComparison.Ordinal)
            .Replace("ae", "e", StringComparison.Ordinal).Replace("oo", "u", StringComparison.Ordinal).Replace("ea", "e", StringComparison.Ordinal)
            .Replace("eu", "u", StringComparison.Ordinal).Replace("yu", "u", StringComparison.Ordinal).Replace("wo", "o", StringComparison.Ordinal)
            .Replace("c", "k", StringComparison.Ordinal);
        var b = new StringBuilder(s.Length);
        foreach (var ch in s)
        {
            var m = ch switch { 'k' => 'g', 't' => 'd', 'p' => 'b', 'r' => 'l', 'f' => 'b', 'v' => 'b', 'z' => 'j', 'x' => 's', 'q' => 'g', _ => ch };
            if (!char.IsLetterOrDigit(m) || b.Length > 0 && b[^1] == m)
            {
                continue;
            }
            b.Append(m);
        }
        return b.ToString();
    }

    /// <summary>How alike two sound keys are, 0..1 (1 − edit distance / longer length).</summary>
    public static double Similarity(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }
        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
        }
        return 1.0 - (double)d[a.Length, b.Length] / Math.Max(a.Length, b.Length);
    }
}
