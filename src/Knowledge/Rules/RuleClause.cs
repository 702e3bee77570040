using Knowledge.Rules.Conditions;

namespace Knowledge.Rules;

/// <summary>Conditions that must all hold together: bounds on amounts and dates, and conditions in words.</summary>
public sealed record RuleClause(IReadOnlyList<Condition> Conditions, IReadOnlyList<Cue> Cues)
{
    public static RuleClause Empty { get; } = new([], []);

    public bool IsEmpty => Conditions.Count == 0 && Cues.Count == 0;
}
