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

    /// <summary>"II형", "IV 유형": a type numbered in Latin letters, as the Roman numeral signs are read.</summary>
    [GeneratedRegex(@"(?<![A-Za-z])(?:I{1,3}|IV|V|VI{1,3}|IX)(?=\s?(?:형|유형|장|권역|그룹)(?![가-힣]))")]
    private static partial Regex AsciiRoman();

    private static char Roman(string numeral) => numeral switch
    {
        "I" => '1', "II" => '2', "III" => '3', "IV" => '4', "V" => '5', "VI" => '6', "VII" => '7', "VIII" => '8', _ => '9',
    };

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
                // Roman numerals that number types and chapters (Ⅱ형, Ⅲ장) read as the digits a question types (2형).
                >= '\u2160' and <= '\u2168' => (char)('1' + (chars[i] - '\u2160')),
                >= '\u2170' and <= '\u2178' => (char)('1' + (chars[i] - '\u2170')),
                >= '\uFF01' and <= '\uFF5E' => (char)(chars[i] - 0xFEE0),
                _ => chars[i],
            };
        }
        var s = new string(chars).Replace("시·도", "시도 ", StringComparison.Ordinal);
        // Every document line passes here: the pattern is tried only where a Latin I or V stands.
        if (s.AsSpan().IndexOfAny('I', 'V') >= 0)
        {
            s = AsciiRoman().Replace(s, m => new string(' ', m.Length - 1) + Roman(m.Value));
        }
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
