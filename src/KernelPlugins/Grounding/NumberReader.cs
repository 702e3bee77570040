using System.Globalization;
using System.Text.RegularExpressions;

namespace KernelPlugins.Grounding;

/// <summary>
/// Finds the numbers a Korean or English text states, with their units: 1,812억원, 1조 812억, 1천8백억,
/// 팔백억원, 14.5%, KRW 181.2 billion, 044-203-4410, '21, 2단계. Citation markers such as [1] are not numbers.
/// </summary>
public static partial class NumberReader
{
    private const double Jo = 1e12, Eok = 1e8, Man = 1e4;

    public static IReadOnlyList<NumberMention> Read(string text)
    {
        var mentions = new List<NumberMention>();
        var withoutMarkers = CitationMarker().Replace(text, match => new string(' ', match.Length));
        foreach (Match match in Phone().Matches(withoutMarkers))
        {
            mentions.Add(new NumberMention(match.Value, NumberKind.Phone, 0, 0, 1, false));
        }
        var rest = Phone().Replace(withoutMarkers, match => new string(' ', match.Length));
        ReadNumerals(rest, mentions);
        ReadHangulAmounts(rest, mentions);
        return mentions;
    }

    /// <summary>Telephone numbers as bare digits, so "044-203-4410" and "044 203 4410" compare equal.</summary>
    public static string PhoneDigits(string phone) => string.Concat(phone.Where(char.IsAsciiDigit));

    private static void ReadNumerals(string text, List<NumberMention> mentions)
    {
        var position = 0;
        while (Numeral().Match(text, position) is { Success: true } match)
        {
            var amount = new AmountScanner(text, match.Index);
            var mention = amount.Scan();
            mentions.Add(mention with { IsOrdinal = mention.IsOrdinal || IsListMarker(text, match.Index, amount.End) });
            position = Math.Max(amount.End, match.Index + match.Length);
        }
    }

    /// <summary>"1. " or "2) " at the start of a line numbers a list item; it states nothing.</summary>
    private static bool IsListMarker(string text, int start, int end)
    {
        var before = text.AsSpan(0, start).TrimEnd(" \t");
        var atLineStart = before.IsEmpty || before[^1] == '\n';
        return atLineStart && end + 1 < text.Length && text[end] is '.' or ')' && char.IsWhiteSpace(text[end + 1]);
    }

    private static void ReadHangulAmounts(string text, List<NumberMention> mentions)
    {
        foreach (Match match in HangulAmount().Matches(text))
        {
            if (HangulNumerals.Parse(match.Groups["amount"].Value) is { } amount)
            {
                mentions.Add(new NumberMention(match.Value, NumberKind.Money, amount.Value, amount.Value, amount.Precision, false));
            }
        }
    }

    internal static double ParseNumeral(string numeral) => double.Parse(numeral.Replace(",", ""), NumberStyles.Float, CultureInfo.InvariantCulture);

    internal static double PrecisionOf(string numeral)
    {
        var dot = numeral.IndexOf('.');
        return dot < 0 ? 1 : Math.Pow(10, -(numeral.Length - dot - 1));
    }

    internal static double? BigUnit(char c) => c switch { '조' => Jo, '억' => Eok, '만' => Man, _ => null };

    internal static double? SmallUnit(char c) => c switch { '천' => 1000, '백' => 100, '십' => 10, _ => null };

    [GeneratedRegex(@"\[\s*[0-9]+(?:\s*[-,–~]\s*[0-9]+)*\s*\]")]
    internal static partial Regex CitationMarker();

    [GeneratedRegex(@"(?<![0-9])0[0-9]{1,3}-[0-9]{3,4}-[0-9]{4}(?![0-9])")]
    private static partial Regex Phone();

    [GeneratedRegex(@"[0-9]")]
    private static partial Regex Numeral();

    [GeneratedRegex(@"(?<![가-힣0-9])(?<amount>[일이삼사오육칠팔구십백천]+(?:조|억|만)(?:\s?[일이삼사오육칠팔구십백천]+(?:조|억|만))*)\s?원")]
    private static partial Regex HangulAmount();
}
