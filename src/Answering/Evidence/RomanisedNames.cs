using System.Text.RegularExpressions;
using Knowledge.Language;

namespace Answering.Evidence;

/// <summary>
/// Whether an English question writes a Korean name in Latin letters: romanised (Gangjin for 강진군, Haneul Bio for
/// 하늘바이오) or as the English words a loanword name transcribes (Blue Wave Tour for 블루웨이브투어).
/// </summary>
public static partial class RomanisedNames
{
    [GeneratedRegex(@"[A-Za-z]+")]
    private static partial Regex LatinWord();

    /// <summary>How alike the sound keys of a romanisation and the question's words must be.</summary>
    private const double MinSimilarity = 0.8;

    /// <summary>Fewest consonants a skeleton needs before two names sharing it are taken as one.</summary>
    private const int MinSkeleton = 4;

    /// <summary>Most words one name is written in (Blue Wave Tour).</summary>
    private const int MaxWords = 3;

    /// <summary>Suffixes of a 시·군·구 that an English question leaves out or translates (Gangjin County).</summary>
    private static readonly string[] PlaceSuffixes = ["시", "군", "구"];

    public static bool Written(string question, string koreanCompact)
    {
        var hangul = new string([.. koreanCompact.Where(c => c is >= '가' and <= '힣')]);
        if (hangul.Length < 2)
        {
            return false;
        }
        var forms = new List<string> { hangul };
        if (hangul.Length >= 3 && PlaceSuffixes.Any(s => hangul.EndsWith(s, StringComparison.Ordinal)))
        {
            forms.Add(hangul[..^1]);
        }
        var words = LatinWord().Matches(question).Select(m => m.Value.ToLowerInvariant()).ToList();
        foreach (var form in forms)
        {
            var romanised = Romanizer.Romanize(form);
            var key = Romanizer.SoundKey(romanised);
            var skeleton = Skeleton(romanised, korean: true);
            for (var i = 0; i < words.Count; i++)
            {
                var joined = "";
                for (var n = 0; n < MaxWords && i + n < words.Count; n++)
                {
                    joined += words[i + n];
                    if (Romanizer.Similarity(key, Romanizer.SoundKey(joined)) >= MinSimilarity
                        || skeleton.Length >= MinSkeleton && skeleton == Skeleton(joined, korean: false))
                    {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /// <summary>
    /// The consonants of a name in sound classes, vowels dropped: Korean inserts vowels into English consonant clusters
    /// (블루 for blue), so a loanword and its English source share their consonants. An English r not before a vowel
    /// is silent in Korean transcription (투어 for tour).
    /// </summary>
    private static string Skeleton(string latin, bool korean)
    {
        var b = new System.Text.StringBuilder(latin.Length);
        for (var i = 0; i < latin.Length; i++)
        {
            var c = latin[i];
            if ("aeiouy".Contains(c, StringComparison.Ordinal) || !char.IsLetter(c))
            {
                continue;
            }
            var beforeVowel = i + 1 < latin.Length && "aeiouy".Contains(latin[i + 1], StringComparison.Ordinal);
            if (!korean && c == 'r' && !beforeVowel || c == 'h' && i > 0)
            {
                continue;
            }
            var m = c switch { 'k' or 'c' or 'q' => 'g', 't' => 'd', 'p' or 'f' or 'v' => 'b', 'r' => 'l', 'z' or 'j' => 'j', 'x' => 's', _ => c };
            if (b.Length > 0 && b[^1] == m)
            {
                continue;
            }
            b.Append(m);
        }
        return b.ToString();
    }
}
