using System.Globalization;
using System.Text.RegularExpressions;
using Corpus.Quantities;

namespace Knowledge.Rules.Conditions;

/// <summary>
/// The amounts a rule or a question states: every quantity the <see cref="QuantityScanner"/> reads, plus ages (만 39세,
/// 35살) and counts of times written with 번 (2번 지원받았어), which rules compare but figures never need.
/// </summary>
public static partial class RuleAmounts
{
    /// <summary>Years of age: compared only with other ages.</summary>
    public static readonly Unit Age = new("세", UnitFamily.None, 1);

    /// <summary>A calendar day (the value is a day number, <see cref="DateOnly.DayNumber"/>, plus the hour as a fraction).</summary>
    public static readonly Unit Date = new("일자", UnitFamily.None, 1);

    private static readonly Unit Times = Units.Find("회") ?? Units.Piece;

    [GeneratedRegex(@"(?<![\d.,])(?<n>\d{1,3})\s?(?:세|살)(?!대|금|입|출|계|부|율|제|수|원|외)")]
    private static partial Regex AgePattern();

    [GeneratedRegex(@"(?<![\d.,])(?<n>\d{1,3})[\s-]?(?:years?|yrs?)[\s-]old|(?<=aged\s)(?<n>\d{1,3})(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishAge();

    [GeneratedRegex(@"(?<![\d.,])(?<n>\d{1,2})\s?번(?!째|호|지)")]
    private static partial Regex TimesPattern();

    public static IReadOnlyList<Quantity> Scan(string text)
    {
        var found = QuantityScanner.Scan(text).ToList();
        Add(found, AgePattern(), text, Age);
        Add(found, EnglishAge(), text, Age);
        Add(found, TimesPattern(), text, Times);
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>Whether two amounts can be compared: same family, and ages only with ages.</summary>
    public static bool Comparable(Unit a, Unit b) =>
        a == Age || b == Age || a == Date || b == Date ? a == b : a.SameFamily(b);

    /// <summary><paramref name="value"/> in <paramref name="from"/> expressed in <paramref name="to"/> (comparable units).</summary>
    public static double Convert(double value, Unit from, Unit to) => from == Age || to == Age || from == Date || to == Date || !from.SameFamily(to) ? value : from.Convert(value, to);

    private static void Add(List<Quantity> found, Regex pattern, string text, Unit unit)
    {
        foreach (Match m in pattern.Matches(text))
        {
            if (found.Any(q => q.Unit != Units.None && m.Index < q.End && q.Start < m.Index + m.Length))
            {
                continue;
            }
            found.RemoveAll(q => m.Index < q.End && q.Start < m.Index + m.Length);
            found.Add(new Quantity(int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture), unit, m.Index, m.Length));
        }
    }
}
