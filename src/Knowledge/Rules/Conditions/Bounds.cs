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
        var bounded = conditions.Where(c => !c.IsDate && !c.Superseded && c.Unit.Family != Corpus.Quantities.UnitFamily.None);
        foreach (var same in bounded.GroupBy(c => (Subject: string.Join(' ', c.Subject), c.Unit.Family, Scope: string.Join(' ', c.Scope.Words))))
        {
            var unit = same.First().Unit;
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
            if (lowest > highest)
            {
                return true;
            }
        }
        return false;
    }
}
