using System.Text;
using System.Text.RegularExpressions;

namespace Knowledge.Language;

/// <summary>
/// One spelling for what writers spell many ways, applied to documents and questions alike: curly quotes, full-width
/// forms and the ampersand of R&amp;D (which the analyzer would split into R and D).
/// </summary>
public static partial class TextNormalizer
{
    [GeneratedRegex(@"(?i)(?<![a-z])r&d(?![a-z])")]
    private static partial Regex RandD();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    /// <summary>Same length as the input, so positions found in the result are positions in the text.</summary>
    public static string Normalize(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = chars[i] switch
            {
                '‘' or '’' or '`' or '′' => '\'',
                '“' or '”' => '"',
                '∼' or '～' => '~',
                '\u00A0' or '\u3000' => ' ',
                >= '\uFF01' and <= '\uFF5E' => (char)(chars[i] - 0xFEE0),
                _ => chars[i],
            };
        }
        var s = new string(chars).Replace("시·도", "시도 ", StringComparison.Ordinal);
        return RandD().Replace(s, m => m.Length == 3 ? "RnD" : m.Value);
    }

    /// <summary>Lower case, no spaces or punctuation: the form two spellings of a name share (성과 공유대회 = 성과공유대회).</summary>
    public static string Compact(string text)
    {
        var s = Normalize(text);
        var b = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (char.IsLetterOrDigit(c) || c is '%' or '.' or '~' or '\'')
            {
                b.Append(char.ToLowerInvariant(c));
            }
        }
        return b.ToString();
    }

    public static string CollapseSpaces(string text) => Spaces().Replace(text, " ").Trim();
}
