using System.Globalization;

namespace Answering.Composing;

/// <summary>
/// Numbers as the documents write them: thousands separators, percentages to one decimal rounded half
/// away from zero in decimal arithmetic (14.545 → 14.5, never a binary-float 14.6; 19.249 → 19.2).
/// </summary>
public static class Numbers
{
    public static decimal Round(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    /// <summary>1134 → "1,134"; 70.7 → "70.7"; 81.0 stays "81" unless <paramref name="decimals"/> asks for the decimal.</summary>
    public static string Format(decimal value, int? decimals = null)
    {
        if (decimals is int d)
        {
            return Round(value, d).ToString("N" + d, CultureInfo.InvariantCulture);
        }
        var rounded = value == Math.Truncate(value) ? "N0" : "#,0.##";
        return value.ToString(rounded, CultureInfo.InvariantCulture);
    }

    public static string Amount(decimal value, string unit, int? decimals = null) => unit switch
    {
        "%" => Format(value, decimals ?? 1) + "%",
        _ => Format(value, decimals) + unit,
    };
}
