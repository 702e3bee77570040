namespace Knowledge.Rules.Conditions;

/// <summary>Whether bounds read as holding together can hold at all.</summary>
public static class Bounds
{
    /// <summary>
    /// Whether some bounds on the same thing, in the same kind of unit and for the same scope, leave no value that meets
    /// them all (50억원 이상 and 7,000만원 이하): they cannot be one rule's conditions together.
    /// </summary>
    public static bool Contradict(IReadOnlyList<Condition> conditions)
    {
        var bounded = conditions.Where(c => !c.IsDate && !c.Superseded && c.Unit.Family != Corpus.Quantities.UnitFamily.None).ToList();
        foreach (var same in bounded.GroupBy(c => (Subject: string.Join(' ', c.Subject), c.Unit.Family, Scope: string.Join(' ', c.Scope.Words))))
        {
            if (Disjoint([.. same]))
            {
                return true;
            }
        }
        // 상시근로자 30인 미만 … 50%, 30인 이상 … 40%: the same thing named in other words (a term in common) bounded apart.
        foreach (var a in bounded)
        {
            foreach (var b in bounded.Where(b => b.Start > a.Start && b.Unit.Family == a.Unit.Family && b.Comparator.IsUpper() != a.Comparator.IsUpper()
                && a.Scope.Words.SequenceEqual(b.Scope.Words) && a.Subject.Intersect(b.Subject).Any()))
            {
                var (low, high) = a.Comparator.IsUpper() ? (b, a) : (a, b);
                var lowest = low.Value;
                var highest = RuleAmounts.Convert(high.Value, high.Unit, low.Unit);
                if (lowest > highest || lowest == highest && (low.Comparator == Comparator.Above || high.Comparator == Comparator.Below))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static bool Disjoint(IReadOnlyList<Condition> same)
    {
        var unit = same[0].Unit;
        var lowest = double.NegativeInfinity;
        var highest = double.PositiveInfinity;
        foreach (var c in same)
        {
            var value = RuleAmounts.Convert(c.Value, c.Unit, unit);
            if (c.Comparator.IsUpper())
            {
                highest = Math.Min(highest, value);
            }
            else
            {
                lowest = Math.Max(lowest, value);
            }
        }
        return lowest > highest;
    }
}
