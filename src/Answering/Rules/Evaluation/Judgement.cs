using Answering.Rules.Facts;
using Knowledge.Rules;
using Knowledge.Rules.Conditions;

namespace Answering.Rules.Evaluation;

/// <summary>What a rule says of the asker's case.</summary>
public enum Status
{
    /// <summary>The rule is met (a requirement holds, or an exclusion does not apply).</summary>
    Pass,

    /// <summary>The rule rules the asker out (a requirement fails, or an exclusion applies and no exception lifts it).</summary>
    Fail,

    /// <summary>The rule grants what is asked (a band or permission whose conditions hold).</summary>
    Grant,

    /// <summary>The rule grants it with less (a band that cuts the amount).</summary>
    Reduced,

    /// <summary>The rule decides only with a fact the asker did not give.</summary>
    Unknown,
}

/// <summary>A condition checked against the asker's fact (or a figure computed from their facts).</summary>
public sealed record Check(Condition Condition, AskerFact Fact, double Value, bool Holds, ComputedShare? Share = null, Condition? Original = null);

/// <summary>A share computed from two of the asker's amounts (국비 86억원 ÷ 총사업비 125억원 = 68.8%).</summary>
public sealed record ComputedShare(AskerFact Part, AskerFact Whole, double Percent);

/// <summary>How one rule judges the asker's case, and why.</summary>
public sealed class Judgement
{
    public required Rule Rule { get; init; }
    public required Status Status { get; set; }
    public List<Check> Checks { get; } = [];

    /// <summary>Cues (conditions in words) the question states, with whether it says they hold.</summary>
    public List<(Cue Cue, bool Holds)> CueChecks { get; } = [];

    /// <summary>What the asker would need to say to decide (a condition or exception's words).</summary>
    public List<string> Missing { get; } = [];

    /// <summary>The exception that changed the outcome, or left it open.</summary>
    public Proviso? Proviso { get; set; }
    public bool? ProvisoHolds { get; set; }
    public List<Check> ProvisoChecks { get; } = [];

    /// <summary>How well the rule fits the question (terms in common, facts it checks).</summary>
    public double Relevance { get; set; }

    public IEnumerable<Check> Failed => Checks.Where(c => !c.Holds);

    public override string ToString() => $"{Status} {Rule}";
}
