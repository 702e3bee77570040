using Answering.Contract;
using Answering.Documents;
using Answering.Rules.Facts;
using Knowledge.Rules;
using Knowledge.Rules.Scopes;

namespace Answering.Rules.Evaluation;

/// <summary>
/// Checks the asker's case against a document's rules: the rules the asker's facts touch are judged under every reading
/// of the case the question leaves open; readings that agree give the verdict, readings that disagree make it depend on
/// what differs. When no rule is touched, a permission the question asks for (연장할 수 있나요 → …1년 연장할 수 있다) is
/// judged on its own conditions.
/// </summary>
public static partial class RuleCheck
{
    private static readonly HashSet<string> GenericOutcomeWords =
    [
        "신청", "지원", "가능", "참여", "선정", "수", "받", "기업", "사업", "지원금", "대상", "요건", "기준", "시행", "인정", "해당", "지정", "충족",
    ];

    /// <summary>
    /// The verdict on the asker's case. When the asker states a part of an amount that the document leaves out of what its
    /// bounds count, the amount net of it is what is checked: if the exclusion is limited to a case the asker leaves open
    /// (통관 서류로 확인되는 물량에 한정) and the net and gross amounts disagree, the answer depends on that case.
    /// </summary>
    public static RuleVerdict? Decide(DocumentMatch match, AskerFacts facts)
    {
        if (NetAmounts.Read(match, facts) is not { } net)
        {
            return DecideCase(match, facts);
        }
        var others = facts.Numbers.Where(n => n != net.Part && n != net.Total).ToList();
        var gross = DecideCase(match, facts.WithNumbers([.. others, net.Total]));
        var netted = DecideCase(match, facts.WithNumbers([.. others, net.Net]));
        var reading = new NetReading(net, gross, netted);
        return net.ConditionHolds switch
        {
            true => netted is null ? gross : netted with { Net = reading },
            false => gross is null ? netted : gross with { Net = reading },
            _ when gross is null || netted is null => (netted ?? gross) is { } one ? one with { Net = reading } : null,
            _ when gross.Eligible == netted.Eligible => netted with { Net = reading },
            _ => new RuleVerdict(Eligibility.Depends, [.. netted.Decisive, .. gross.Decisive], netted.Scenario) { Net = reading },
        };
    }

    private static RuleVerdict? DecideCase(DocumentMatch match, AskerFacts facts)
    {
        var rules = match.Document.Rules.Rules;
        var matcher = new FactMatcher(match, facts);
        var evaluator = new RuleEvaluator(matcher, facts);
        if (Targeted(match, facts, evaluator) is { } permission)
        {
            return permission;
        }
        var touched = rules.Where(r => !r.IsPermission && Touches(r, facts, matcher)).ToList();
        if (Band(facts, touched, evaluator) is { } band)
        {
            return band;
        }
        if (touched.Count > 0)
        {
            var readings = new List<(Scenario Scenario, string Eligible, IReadOnlyList<Judgement> Decisive)>();
            foreach (var scenario in ScenarioPlanner.Plan(facts, touched))
            {
                var judgements = evaluator.Judge(touched, scenario);
                if (RuleVerdict.Combine(judgements) is { } verdict)
                {
                    readings.Add((scenario, verdict.Eligible, verdict.Decisive));
                }
            }
            if (readings.Count > 0)
            {
                var first = readings[0];
                if (readings.All(r => r.Eligible == first.Eligible))
                {
                    return Fallback(new RuleVerdict(first.Eligible, first.Decisive, first.Scenario), touched, evaluator);
                }
                var open = readings.SelectMany(r => r.Scenario.Assumed).GroupBy(a => a.Dimension)
                    .FirstOrDefault(g => g.Select(a => a.Value).Distinct().Count() > 1)?.Key;
                // Whoever may apply under one of the types (트랙) may apply: the types they fit are the answer.
                var fitting = readings.Where(r => r.Eligible == Eligibility.Yes).ToList();
                if (open == "Label" && fitting.Count > 0 && AsksToApply().IsMatch(facts.Text[facts.Ask.Start..facts.Ask.End]))
                {
                    return new RuleVerdict(Eligibility.Yes, [.. fitting.SelectMany(r => r.Decisive).Distinct()], fitting[0].Scenario)
                    {
                        Readings = fitting,
                        OpenDimension = open,
                    };
                }
                return new RuleVerdict(Eligibility.Depends, [.. readings.SelectMany(r => r.Decisive).Distinct()], first.Scenario)
                {
                    Readings = readings,
                    OpenDimension = open,
                };
            }
        }
        return Permitted(match, facts, evaluator);
    }

    /// <summary>
    /// With no rule the asker's facts decide, a permission to do what is asked (관광벤처기업으로 지정된 기업은 … 신청할 수
    /// 있습니다) whose conditions the asker states they meet says yes.
    /// </summary>
    private static RuleVerdict? Permitted(DocumentMatch match, AskerFacts facts, RuleEvaluator evaluator)
    {
        var asked = facts.Text[facts.Ask.Start..facts.Ask.End];
        var scenario = ScenarioPlanner.Plan(facts, []).FirstOrDefault() ?? new Scenario();
        foreach (var rule in match.Document.Rules.Rules.Where(r => r.IsPermission && r.Cues.Any() && PermittedVerb(r.OutcomeText) is { } verb && asked.Contains(verb, StringComparison.Ordinal)))
        {
            if (evaluator.JudgeTargeted(rule, scenario) is { Status: Status.Grant, CueChecks.Count: > 0 } judgement && judgement.CueChecks.All(c => c.Holds))
            {
                return new RuleVerdict(Eligibility.Yes, [judgement], scenario);
            }
        }
        return null;
    }

    /// <summary>
    /// A band the question asks for by name (79.9점이면 A등급 받을 수 있어?): the asker's amount in that band says yes, in
    /// another says no (naming the band it is in), and a band with a further condition the asker does not settle (S등급:
    /// 평가대상의 15% 이내) leaves it open.
    /// </summary>
    private static RuleVerdict? Band(AskerFacts facts, IReadOnlyList<Rule> touched, RuleEvaluator evaluator)
    {
        var bands = touched.Where(r => r.BandLabel is not null).ToList();
        var target = bands.FirstOrDefault(r => facts.Names(r.BandLabel!));
        if (target is null)
        {
            return null;
        }
        var scenario = ScenarioPlanner.Plan(facts, touched).FirstOrDefault() ?? new Scenario();
        if (evaluator.JudgeTargeted(target, scenario) is not { Checks.Count: > 0 } judgement || RuleVerdict.Combine([judgement]) is not { } verdict)
        {
            return null;
        }
        var instead = judgement.Status == Status.Fail
            ? bands.Where(b => b != target).Select(b => evaluator.JudgeTargeted(b, scenario)).FirstOrDefault(j => j is { Status: Status.Grant or Status.Reduced or Status.Unknown } && j.Checks.All(c => c.Holds))
            : null;
        return new RuleVerdict(verdict.Eligible, instead is null ? verdict.Decisive : [.. verdict.Decisive, instead], scenario) { Instead = instead };
    }

    /// <summary>
    /// A failed way into the amended rules (…10월 31일까지 개정 규정의 적용을 신청하면 개정 규정에 따라 심사한다) leaves the asker
    /// under the current ones: what the current rules say of the case is part of the answer.
    /// </summary>
    private static RuleVerdict Fallback(RuleVerdict verdict, IReadOnlyList<Rule> touched, RuleEvaluator evaluator)
    {
        if (verdict.Eligible != Eligibility.No || verdict.Scenario.Version != ScopeWords.Amended)
        {
            return verdict;
        }
        var gate = verdict.Decisive.FirstOrDefault(j => j.Status == Status.Fail && j.Rule.Conditions.All(c => c.IsDate)
            && ScopeWords.Read(j.Rule.Text).Version == ScopeWords.Amended);
        if (gate is null)
        {
            return verdict;
        }
        var current = verdict.Scenario with { Version = ScopeWords.Current };
        var under = evaluator.Judge([.. touched.Where(r => r != gate.Rule)], current).Where(j => j.Status == Status.Fail).ToList();
        return under.Count == 0 ? verdict : verdict with { Decisive = [gate, .. under] };
    }

    /// <summary>How well a document's rules fit the asker's facts: each fact's best match among its bounds.</summary>
    public static double Fit(DocumentMatch match, AskerFacts facts)
    {
        var matcher = new FactMatcher(match, facts);
        var bounds = match.Document.Rules.Rules.SelectMany(r => r.Conditions.Select(c => (r, c))).ToList();
        return facts.Numbers.Sum(f => bounds.Select(b => matcher.Subject(f, b.c)).DefaultIfEmpty(0).Max());
    }

    /// <summary>A permission whose outcome is what the question asks for (연장, 면제, 승계), judged on its own conditions.</summary>
    private static RuleVerdict? Targeted(DocumentMatch match, AskerFacts facts, RuleEvaluator evaluator)
    {
        var asked = facts.AskTerms.Where(t => !GenericOutcomeWords.Contains(t) && t.Length >= 2).ToHashSet(StringComparer.Ordinal);
        if (asked.Count == 0)
        {
            return null;
        }
        var scenario = ScenarioPlanner.Plan(facts, []).FirstOrDefault() ?? new Scenario();
        foreach (var rule in match.Document.Rules.Rules.Where(r => r.IsPermission))
        {
            if (!OutcomeTerms(rule.OutcomeText).Any(asked.Contains))
            {
                continue;
            }
            if (evaluator.JudgeTargeted(rule, scenario) is { } judgement && RuleVerdict.Combine([judgement]) is { } verdict)
            {
                return new RuleVerdict(verdict.Eligible, verdict.Decisive, scenario);
            }
        }
        return null;
    }

    /// <summary>What a bare permission lets one do (신청할 수 있습니다 → 신청), or null when the rule grants something else.</summary>
    private static string? PermittedVerb(string outcome) =>
        System.Text.RegularExpressions.Regex.Match(outcome, @"^(?:신청|참여|지원)") is { Success: true } m ? m.Value : null;

    /// <summary>What a rule grants, in its words after its topic (…청년은 | 1년 연장할 수 있다 → 연장).</summary>
    private static IEnumerable<string> OutcomeTerms(string outcome)
    {
        var topic = System.Text.RegularExpressions.Regex.Matches(outcome, @"(?<=[가-힣])(?:은|는)\s").LastOrDefault();
        return Knowledge.Rules.Conditions.ConditionScanner.Terms(topic is null ? outcome : outcome[(topic.Index + topic.Length)..]);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"신청|참여|지원\s?대상")]
    private static partial System.Text.RegularExpressions.Regex AsksToApply();

    private static bool Touches(Rule rule, AskerFacts facts, FactMatcher matcher) =>
        rule.Conditions.Any(c => facts.Numbers.Any(f => matcher.Score(f, c, rule) > 0))
        || rule.Cues.Any(q => facts.Cue(q) is not null)
        || rule.Outcome == Outcome.Negative && rule.Provisos.Any(p => p.Lifts && p.When.Any(w => w.Cues.Any(q => facts.Cue(q) == true)))
        || rule.Conditions.Any(c => c.Base.Count > 0);
}
