using Answering.Contract;

namespace Answering.Rules.Evaluation;

/// <summary>
/// The rules' answer to the asker's case: the verdict, the judgements that decide it, the scenario they hold under, and
/// — when the verdict turns on something the question leaves open (which kind of place, which track, whether an area is
/// designated) — the readings that disagree.
/// </summary>
public sealed record RuleVerdict(string Eligible, IReadOnlyList<Judgement> Decisive, Scenario Scenario)
{
    /// <summary>For a verdict that depends on an open scope: each reading with its verdict and deciding judgements.</summary>
    public IReadOnlyList<(Scenario Scenario, string Eligible, IReadOnlyList<Judgement> Decisive)> Readings { get; init; } = [];

    /// <summary>For a band asked for by name that the asker is not in: the band they are in.</summary>
    public Judgement? Instead { get; init; }

    /// <summary>For a case with a part of an amount the document leaves out: the exclusion and the verdict with and without it.</summary>
    public NetReading? Net { get; init; }

    /// <summary>The dimension the readings differ in (PlaceKind, Size, Label, Designation:…), if any.</summary>
    public string? OpenDimension { get; init; }

    /// <summary>Combines one scenario's judgements: a rule that rules the asker out decides; else an open one; else the rules met.</summary>
    public static (string Eligible, IReadOnlyList<Judgement> Decisive)? Combine(IReadOnlyList<Judgement> judgements)
    {
        if (judgements.Count == 0)
        {
            return null;
        }
        var fails = judgements.Where(j => j.Status == Status.Fail).ToList();
        if (fails.Count > 0)
        {
            return (Eligibility.No, Order(fails));
        }
        // A rule left open counts when it is about what the question is about, not one an amount touched in passing.
        var top = judgements.Max(j => j.Relevance);
        var open = judgements.Where(j => j.Status == Status.Unknown && (j.Relevance >= top * 0.5 || j.Proviso is not null)).ToList();
        if (open.Count > 0)
        {
            return (Eligibility.Depends, Order(open));
        }
        var met = judgements.Where(j => j.Status != Status.Unknown).ToList();
        return met.Count > 0 ? (Eligibility.Yes, Order(met)) : null;
    }

    private static List<Judgement> Order(IEnumerable<Judgement> judgements) =>
        [.. judgements.OrderByDescending(j => j.Checks.Count + j.CueChecks.Count > 0).ThenByDescending(j => j.Relevance)];
}

/// <summary>An amount net of an excluded part, with the verdict on the gross amount and on the net one.</summary>
public sealed record NetReading(Facts.NetAmount Amount, RuleVerdict? Gross, RuleVerdict? Netted);
