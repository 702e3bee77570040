using System.Globalization;
using System.Text.RegularExpressions;

namespace Corpus.Quantities;

/// <summary>
/// Reads numbers as Korean documents and readers write them: <c>1,812억원</c>, <c>1천812억</c>,
/// <c>14.5%</c>, <c>15km ²</c>, <c>649명</c>, and English <c>KRW 181.2 billion</c> (= 1,812억원).
/// Money in 조/천/억/만 (<c>1조원</c>, <c>1조 812억</c>, <c>1천억</c>, <c>5천만원</c>) and in trillion/million is
/// read in 억원, so claims in any unit compare with the tables.
/// </summary>
public static partial class QuantityScanner
{
    private const string Number = @"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?";

    // 제18조 is an article of a law, not money.
    [GeneratedRegex(@"(?<![\d.,제])(?=\d)(?<joPart>(?<jo>" + Number + @")\s*조(?:\s*원)?)?\s*(?:(?<th>" + Number + @")\s*천\s*)?(?:(?<hu>" + Number + @")\s*백\s*)?(?:(?<small>" + Number + @")\s*)?(?<big>억|만(?=\s*원))?(?:\s*원)?")]
    private static partial Regex KoreanMoneyPattern();

    [GeneratedRegex(@"(?<![\d.,])(?<num>\d{1,3}(?:,\d{3})+|\d+)(?<frac>\.\d+)?(?:\s*(?<thousand>천)\s*(?<rest>\d{1,3})?)?\s*(?<unit>억\s*원|억|만\s*원|원|명|건|개년|개|%|퍼센트|프로|km\s*²|km2|㎢|km|㎞|킬로미터|킬로|년|배|billion|bn|trillion|tn|million|mn)?", RegexOptions.IgnoreCase)]
    private static partial Regex NumberPattern();

    public static IReadOnlyList<Quantity> Scan(string text)
    {
        var found = KoreanMoney(text);
        var money = found.ToList();
        foreach (Match m in NumberPattern().Matches(text))
        {
            if (money.Any(q => m.Index < q.End && q.Start < m.Index + m.Length))
            {
                continue;
            }
            // Beyond 15 digits a number is noise, not an amount (and would overflow a decimal).
            if (m.Groups["num"].Length + m.Groups["frac"].Length > 20
                || !decimal.TryParse(m.Groups["num"].Value.Replace(",", "", StringComparison.Ordinal) + m.Groups["frac"].Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
                || value > 1_000_000_000_000_000m)
            {
                continue;
            }
            if (m.Groups["thousand"].Success)
            {
                value = value * 1000 + (m.Groups["rest"].Success ? decimal.Parse(m.Groups["rest"].Value, CultureInfo.InvariantCulture) : 0);
            }
            var unit = NormalizeUnit(m.Groups["unit"].Value);
            // 1억원 = 100 million won, so KRW 1 billion = 10억원 and 1 trillion = 10,000억원.
            (value, unit) = unit switch
            {
                "billion" => (value * 10, "억원"),
                "trillion" => (value * 10_000, "억원"),
                "million" => (value / 100, "억원"),
                _ => (value, unit),
            };
            found.Add(new Quantity(value, unit, m.Index, m.Length));
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private static List<Quantity> KoreanMoney(string text)
    {
        var found = new List<Quantity>();
        foreach (Match m in KoreanMoneyPattern().Matches(text))
        {
            var hasJo = m.Groups["jo"].Success;
            var big = m.Groups["big"].Value;
            if (!hasJo && big.Length == 0 || !m.Groups["th"].Success && !m.Groups["hu"].Success && !m.Groups["small"].Success && !hasJo)
            {
                continue;
            }
            var jo = hasJo ? Parse(m.Groups["jo"].Value) * 10_000 : 0;
            if (big.Length == 0)
            {
                var part = m.Groups["joPart"];
                found.Add(new Quantity(jo, "억원", part.Index, part.Length));
                continue;
            }
            var below = (m.Groups["th"].Success ? Parse(m.Groups["th"].Value) * 1000 : 0) + (m.Groups["hu"].Success ? Parse(m.Groups["hu"].Value) * 100 : 0) + (m.Groups["small"].Success ? Parse(m.Groups["small"].Value) : 0);
            found.Add(new Quantity(jo + (big == "만" ? below / 10_000 : below), "억원", m.Index, m.Length));
        }
        return found;
    }

    private static decimal Parse(string number) => decimal.Parse(number.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture);

    private static string NormalizeUnit(string unit)
    {
        var u = unit.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        return u switch
        {
            "억" or "억원" => "억원",
            "만원" => "만원",
            "퍼센트" or "프로" => "%",
            "km²" or "km2" or "㎢" => "km²",
            "㎞" or "킬로미터" or "킬로" => "km",
            "bn" => "billion",
            "tn" => "trillion",
            "mn" => "million",
            "개년" => "년",
            _ => u,
        };
    }
}
