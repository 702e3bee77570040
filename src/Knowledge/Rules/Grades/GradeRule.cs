using Knowledge.Documents;
using Knowledge.Rules.Conditions;

namespace Knowledge.Rules.Grades;

/// <summary>
/// A rule on a run of grades (2년 연속 C등급 이하를 받은 센터는 … 공모 참여가 제한된다; 2년 연속 S등급을 받은 센터는 … 현장실사를
/// 면제받는다): how many consecutive periods, which grade and whether worse (이하) or better (이상) ones count, what follows,
/// and an exception for a grade that rose (다만, 전년보다 등급이 오른 센터는 제외).
/// </summary>
public sealed record GradeRule(Passage Passage, string Text, int Periods, string Grade, Comparator? Comparator, Outcome Outcome, string OutcomeText)
{
    /// <summary>The exception for a rising grade, if the rule has one: where it is written.</summary>
    public (Passage Passage, string Text)? RiseException { get; init; }

    /// <summary>Grades from best to worst, as Korean evaluations letter them.</summary>
    public static readonly string Scale = "SABCDEF";

    /// <summary>Whether <paramref name="grade"/> counts for this rule (C등급 이하: C, D, E …).</summary>
    public bool Counts(string grade)
    {
        var rank = Scale.IndexOf(grade, StringComparison.Ordinal);
        var own = Scale.IndexOf(Grade, StringComparison.Ordinal);
        if (rank < 0 || own < 0)
        {
            return false;
        }
        return Comparator switch
        {
            Conditions.Comparator.AtMost => rank >= own,
            Conditions.Comparator.Below => rank > own,
            Conditions.Comparator.AtLeast => rank <= own,
            Conditions.Comparator.Above => rank < own,
            _ => rank == own,
        };
    }
}
