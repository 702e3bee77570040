using System.Globalization;
using System.Text.RegularExpressions;

namespace Corpus.Quantities;

/// <summary>
/// Reads numbers as Korean documents and readers write them: <c>1,812억원</c>, <c>1천812억</c>,
/// <c>14.5%</c>, <c>15km ²</c>, <c>649명</c>, and English <c>KRW 181.2 billion</c> (= 1,812억원).
/// </summary>
public static partial class QuantityScanner
{
    [GeneratedRegex(@"(?<![\d.,])(?<num>\d{1,3}(?:,\d{3})+|\d+)(?<frac>\.\d+)?(?:\s*(?<thousand>천)\s*(?<rest>\d{1,3}))?\s*(?<unit>억\s*원|억|만\s*원|원|명|건|개년|개|%|퍼센트|프로|km\s*²|km2|㎢|km|㎞|킬로미터|킬로|년|배|billion|bn)?", RegexOptions.IgnoreCase)]
    private static partial Regex NumberPattern();

    public static IReadOnlyList<Quantity> Scan(string text)
    {
        var found = new List<Quantity>();
        foreach (Match m in NumberPattern().Matches(text))
        {
            var value = decimal.Parse(m.Groups["num"].Value.Replace(",", "", StringComparison.Ordinal) + m.Groups["frac"].Value, CultureInfo.InvariantCulture);
            if (m.Groups["thousand"].Success)
            {
                value = value * 1000 + decimal.Parse(m.Groups["rest"].Value, CultureInfo.InvariantCulture);
            }
            var unit = NormalizeUnit(m.Groups["unit"].Value);
            if (unit == "billion")
            {
                // 1억원 = 100 million won, so KRW 1 billion = 10억원.
                value *= 10;
                unit = "억원";
            }
            found.Add(new Quantity(value, unit, m.Index, m.Length));
        }
        return found;
    }

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
            "개년" => "년",
            _ => u,
        };
    }
}
