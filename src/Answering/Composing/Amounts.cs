using System.Globalization;
using Corpus.Quantities;

namespace Answering.Composing;

/// <summary>
/// Amounts as the documents write them: thousands separators, the document's unit, and computed values rounded in
/// decimal arithmetic half away from zero (14.545 → 14.5): one decimal for percentages and large values, two for
/// small ones, so a reader can check the figure and the stated number is the figure's value.
/// </summary>
public static class Amounts
{
    /// <summary>The number a computed value is stated as (and recorded as, so text and figure agree).</summary>
    public static double Rounded(double value, Unit unit)
    {
        var decimals = unit.Family is UnitFamily.Percent or UnitFamily.PercentPoint ? 1
            : Math.Abs(value) >= 100 ? 1
            : Math.Abs(value) >= 10 ? 1
            : 2;
        if (unit.Family is UnitFamily.People or UnitFamily.Count && Math.Abs(value) >= 100)
        {
            decimals = 0;
        }
        return (double)Math.Round((decimal)value, decimals, MidpointRounding.AwayFromZero);
    }

    /// <summary>1134 → "1,134"; 70.7 → "70.7"; 81.0 → "81"; −41 → "−41" written "41" with the sign left to the words.</summary>
    public static string Number(double value)
    {
        var d = (decimal)value;
        var format = d == Math.Truncate(d) ? "N0" : "#,0.###";
        return d.ToString(format, CultureInfo.InvariantCulture);
    }

    /// <summary>A value with its unit as Korean writes it: 1,134억원, 14.5%, 4.8:1, 130만 달러.</summary>
    public static string Format(double value, Unit unit)
    {
        var number = Number(value);
        if (unit == Units.None || unit.Symbol.Length == 0)
        {
            return number;
        }
        return unit.Symbol switch
        {
            ":1" => number + ":1",
            "KRW billion" => "KRW " + number + " billion",
            "USD billion" => "USD " + number + " billion",
            _ => number + unit.Symbol,
        };
    }

    /// <summary>A value as a formula writes it: no separators.</summary>
    public static string Plain(double value) => ((decimal)value).ToString("0.######", CultureInfo.InvariantCulture);
}
