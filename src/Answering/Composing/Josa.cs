namespace Answering.Composing;

/// <summary>
/// Korean particles that depend on the last sound of the word before them (1,203억원은, 국비는,
/// R&amp;D는, 8건이라는, 5건으로): picked from the final consonant, digits and Latin letters read aloud.
/// </summary>
public static partial class Josa
{
    [System.Text.RegularExpressions.GeneratedRegex(@"(\[\d+\])+$")]
    private static partial System.Text.RegularExpressions.Regex CitationMarks();

    /// <summary><paramref name="pair"/> is "은/는", "이/가", "을/를", "과/와", "으로/로", "이라는/라는", "이에요/예요": the first form follows a final consonant.</summary>
    public static string With(string word, string pair)
    {
        var forms = pair.Split('/');
        var final = FinalSound(word);
        if (forms[0] == "으로")
        {
            return word + (final is Final.None or Final.Rieul ? forms[1] : forms[0]);
        }
        return word + (final == Final.None ? forms[1] : forms[0]);
    }

    private enum Final
    {
        None,
        Rieul,
        Other,
    }

    private static Final FinalSound(string word)
    {
        var text = CitationMarks().Replace(word, "").TrimEnd(' ', ')', '\'', '"', '’', '”');
        if (text.Length == 0)
        {
            return Final.None;
        }
        var last = text[^1];
        if (last is >= '가' and <= '힣')
        {
            var jong = (last - '가') % 28;
            return jong == 0 ? Final.None : jong == 8 ? Final.Rieul : Final.Other;
        }
        if (char.IsAsciiDigit(last))
        {
            // 영 일 이 삼 사 오 육 칠 팔 구; 10 십, 100 백, 1000 천 are read by their last non-zero place.
            return last switch
            {
                '1' or '7' or '8' => Final.Rieul,
                '3' or '6' => Final.Other,
                '0' => Final.Other,
                _ => Final.None,
            };
        }
        // 15km (킬로미터), 20㎡ (제곱미터): a unit after a number is read as its Korean name.
        if (MetreUnit().IsMatch(text))
        {
            return Final.None;
        }
        return char.ToLowerInvariant(last) switch
        {
            'l' => Final.Rieul,
            'm' or 'n' or 'b' or 'k' or 'p' or 't' => Final.Other,
            '%' => Final.None,
            _ => Final.None,
        };
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\d\s?(?:km|cm|mm|m|㎞|㎡|㎢|m²|km²)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex MetreUnit();
}
