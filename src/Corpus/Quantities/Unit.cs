namespace Corpus.Quantities;

/// <summary>What a unit measures; only amounts of one family can be added, compared or converted.</summary>
public enum UnitFamily
{
    None,
    Won,
    Dollar,
    Count,
    People,
    Percent,
    PercentPoint,
    Area,
    Length,
    Weight,
    Volume,
    Duration,
    Days,
    Score,
    Ratio,
    Times,
    Energy,
}

/// <summary>
/// A unit as documents write it (억원, 백만원, 만㎡, 개사 …): its family and its size in the family's base
/// unit (원 for won, 달러 for dollars, ㎡ for area), so 5,040백만원 and 50.4억원 are the same amount.
/// </summary>
public sealed record Unit(string Symbol, UnitFamily Family, double Scale)
{
    public bool SameFamily(Unit other) => Family == other.Family && Family != UnitFamily.None;

    /// <summary>An amount of this unit expressed in <paramref name="target"/> (same family).</summary>
    public double Convert(double value, Unit target) => value * Scale / target.Scale;

    public bool IsMoney => Family is UnitFamily.Won or UnitFamily.Dollar;

    public bool IsCount => Family is UnitFamily.Count or UnitFamily.People;

    public override string ToString() => Symbol;
}
