using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Evaluation;

/// <summary>The scorer's reading of text: NFKC, white space removed and lower case for matching; numbers as the scorer finds them.</summary>
public static partial class TextNumbers
{
    [GeneratedRegex(@"(?<![\d.])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    public static string Normalize(string? text) =>
        WhiteSpace().Replace((text ?? "").Normalize(NormalizationForm.FormKC), "").ToLowerInvariant();

    public static IReadOnlyList<double> NumbersIn(string? text)
    {
        var numbers = new List<double>();
        foreach (Match match in NumberPattern().Matches((text ?? "").Normalize(NormalizationForm.FormKC)))
        {
            var digits = match.Groups[1].Value.Replace(",", "", StringComparison.Ordinal) + match.Groups[2].Value;
            if (double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                numbers.Add(value);
            }
        }
        return numbers;
    }
}
