using Answering.Rules.Facts;
using Knowledge.Rules;
using Knowledge.Rules.Conditions;

namespace Answering.Rules.Evaluation;

/// <summary>
/// Judges each rule against the asker's facts under one scenario. A requirement the asker's facts touch passes when the
/// bounds they touch hold (bounds they say nothing about are not held against them). A consequence (an exclusion, a band,
/// a permission) applies when all its conditions hold; it is open when some touched condition is unsaid. A failed
/// requirement or an applying exclusion is checked against its exceptions: one that holds lifts the rule or replaces its
/// bound (5인 이상 for 10인 이상), or moves its deadline; one the asker does not settle leaves the answer open if it would
/// change it.
/// </summary>
public sealed class RuleEvaluator(FactMatcher matcher, AskerFacts facts)
{
    public List<Judgement> Judge(IReadOnlyList<Rule> rules, Scenario scenario)
    {
        var applicable = rules.Where(r => !r.IsPermission && scenario.Applies(r.Scope, facts)).ToList();
        var bounds = applicable.SelectMany(r => r.Conditions.Where(c => scenario.Applies(c.Scope, facts)).Select(c => (r, c))).ToList();
        var assigned = matcher.Assign(bounds, scenario);
        var judgements = new List<Judgement>();
        foreach (var rule in applicable)
        {
            if (Judge(rule, assigned, scenario) is { } judgement)
            {
                judgement.Relevance = matcher.Relevance(rule);
                judgements.Add(judgement);
            }
        }
        return judgements;
    }

    /// <summary>
    /// A bound its own bracket replaces for the scope the scenario is in (60억원을 넘는 기업(비수도권 소재 기업은 70억원) for a
    /// company outside 수도권): only the replacement is checked.
    /// </summary>
    private bool Replaced(Condition condition, RuleClause alternative, Scenario scenario) =>
        alternative.Conditions.Any(o => o != condition && o.Parenthetical && o.InheritedSubject && !o.Scope.IsEmpty
            && scenario.Applies(o.Scope, facts) && scenario.Specificity(o.Scope) > scenario.Specificity(condition.Scope)
            && RuleAmounts.Comparable(o.Unit, condition.Unit) && o.Comparator.IsUpper() == condition.Comparator.IsUpper()
            && o.Subject.SequenceEqual(condition.Subject));

    /// <summary>Judges a rule whether or not the asker's facts touch it (a permission the question asks about).</summary>
    public Judgement? JudgeTargeted(Rule rule, Scenario scenario)
    {
        var bounds = rule.Conditions.Where(c => scenario.Applies(c.Scope, facts)).Select(c => (rule, c)).ToList();
        var assigned = matcher.Assign(bounds, scenario);
        var judgement = Judge(rule, assigned, scenario, targeted: true);
        if (judgement is not null)
        {
            judgement.Relevance = matcher.Relevance(rule);
        }
        return judgement;
    }

    private Judgement? Judge(Rule rule, Dictionary<Condition, Check> assigned, Scenario scenario, bool targeted = false)
    {
        var judgement = new Judgement { Rule = rule, Status = Status.Pass };
        var states = new List<bool?>();
        var touchedAny = false;
        foreach (var alternative in rule.Alternatives)
        {
            var checks = new List<Check>();
            var unknown = new List<Condition>();
            foreach (var condition in alternative.Conditions.Where(c => scenario.Applies(c.Scope, facts) && !Replaced(c, alternative, scenario)))
            {
                if (assigned.TryGetValue(condition, out var check))
                {
                    checks.Add(check);
                }
                else
                {
                    unknown.Add(condition);
                }
            }
            var cues = alternative.Cues.Select(q => (Cue: q, Holds: facts.Cue(q))).ToList();
            var touched = checks.Count > 0 || cues.Any(c => c.Holds is not null);
            if (!touched && !targeted)
            {
                continue;
            }
            touchedAny = true;
            judgement.Checks.AddRange(checks);
            judgement.CueChecks.AddRange(cues.Where(c => c.Holds is not null).Select(c => (c.Cue, c.Holds!.Value)));
            if (rule.Form == RuleForm.Requirement)
            {
                states.Add(checks.All(c => c.Holds) && cues.All(c => c.Holds != false));
                continue;
            }
            if (checks.Any(c => !c.Holds) || cues.Any(c => c.Holds == false))
            {
                states.Add(false);
            }
            else if (unknown.Count == 0 && cues.All(c => c.Holds == true))
            {
                states.Add(true);
            }
            else
            {
                states.Add(null);
                judgement.Missing.AddRange(unknown.Select(c => c.Text));
                judgement.Missing.AddRange(cues.Where(c => c.Holds is null).Select(c => c.Cue.Text));
            }
        }
        var openExclusion = rule.Form == RuleForm.Consequence && rule.Outcome == Outcome.Negative && !states.Contains(true) && (!touchedAny || states.Contains(null));
        if (openExclusion && Lifted(judgement, scenario))
        {
            // The asker is in the exception's case (분할납부 승인을 받은 경우): whether the exclusion would apply no longer matters.
            judgement.Missing.Clear();
            return judgement;
        }
        if (!touchedAny)
        {
            return null;
        }
        if (rule.Form == RuleForm.Requirement)
        {
            judgement.Status = states.Contains(true) ? Status.Pass : Status.Fail;
        }
        else
        {
            var fires = states.Contains(true) ? true : states.Contains(null) ? (bool?)null : false;
            judgement.Status = fires switch
            {
                true => rule.Outcome switch { Outcome.Negative => Status.Fail, Outcome.Reduced => Status.Reduced, _ => Status.Grant },
                null => Status.Unknown,
                false => rule.Outcome == Outcome.Negative || !targeted ? Status.Pass : Status.Fail,
            };
            if (fires == false && rule.Outcome != Outcome.Negative && !targeted)
            {
                // A band the asker is not in says nothing.
                return null;
            }
        }
        if (judgement.Status == Status.Fail)
        {
            Except(judgement, scenario);
        }
        return judgement;
    }

    /// <summary>Tries the rule's exceptions on a failing judgement.</summary>
    private void Except(Judgement judgement, Scenario scenario)
    {
        foreach (var proviso in judgement.Rule.Provisos)
        {
            var when = When(proviso, scenario, out var whenChecks);
            var wouldPass = WouldPass(judgement, proviso, scenario, out var replaced);
            if (when == true && wouldPass)
            {
                judgement.Status = Status.Pass;
                judgement.Proviso = proviso;
                judgement.ProvisoHolds = true;
                judgement.ProvisoChecks.AddRange(whenChecks.Concat(replaced));
                return;
            }
            if (when is null && wouldPass)
            {
                judgement.Status = Status.Unknown;
                judgement.Proviso = proviso;
                judgement.ProvisoHolds = null;
                judgement.ProvisoChecks.AddRange(whenChecks.Concat(replaced));
                judgement.Missing.Add(proviso.Text);
                continue;
            }
            if (judgement.Status == Status.Fail && judgement.Proviso is null && (when == false || !wouldPass))
            {
                judgement.Proviso = proviso;
                judgement.ProvisoHolds = when == false ? false : null;
                judgement.ProvisoChecks.AddRange(whenChecks.Concat(replaced));
            }
        }
    }

    /// <summary>Whether an exception that lifts the rule holds for the asker: the rule then passes under it.</summary>
    private bool Lifted(Judgement judgement, Scenario scenario)
    {
        foreach (var proviso in judgement.Rule.Provisos.Where(p => p.Lifts))
        {
            if (When(proviso, scenario, out var checks) == true)
            {
                judgement.Status = Status.Pass;
                judgement.Proviso = proviso;
                judgement.ProvisoHolds = true;
                judgement.ProvisoChecks.AddRange(checks);
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether an exception's conditions hold for the asker: true, false, or null (unsaid).</summary>
    private bool? When(Proviso proviso, Scenario scenario, out List<Check> checks)
    {
        checks = [];
        if (Transitions.Allows(proviso, facts) is bool move)
        {
            return move;
        }
        var states = new List<bool?>();
        foreach (var clause in proviso.When)
        {
            if (clause.IsEmpty)
            {
                states.Add(null);
                continue;
            }
            var bounds = clause.Conditions.Select(c => (Rule: (Rule?)null, Condition: c)).ToList();
            var assigned = matcher.Assign([.. bounds.Select(b => (Placeholder, b.Condition))], scenario);
            var clauseChecks = clause.Conditions.Select(c => assigned.GetValueOrDefault(c)).ToList();
            checks.AddRange(clauseChecks.OfType<Check>());
            var cueStates = clause.Cues.Select(q => facts.Cue(q)).ToList();
            if (clauseChecks.Any(c => c is { Holds: false }) || cueStates.Contains(false))
            {
                states.Add(false);
            }
            else if (clauseChecks.All(c => c is not null) && cueStates.All(s => s == true))
            {
                states.Add(true);
            }
            else
            {
                states.Add(null);
            }
        }
        return states.Contains(true) ? true : states.All(s => s == false) ? false : null;
    }

    /// <summary>Whether the rule would pass under the exception: lifted, its failing bounds replaced, or its deadline moved.</summary>
    private bool WouldPass(Judgement judgement, Proviso proviso, Scenario scenario, out List<Check> replaced)
    {
        replaced = [];
        if (proviso.Lifts)
        {
            return true;
        }
        var failing = judgement.Rule.Form == RuleForm.Requirement ? judgement.Failed.ToList() : judgement.Checks.Where(c => c.Holds).ToList();
        if (failing.Count == 0)
        {
            return false;
        }
        foreach (var check in failing)
        {
            if (proviso.ExtensionDays is int days && check.Condition.IsDate)
            {
                var moved = check.Condition with { Value = check.Condition.Value + days, Bound = $"{check.Condition.Bound} + {days}일" };
                var again = check with { Condition = moved, Holds = moved.Holds(check.Value), Original = check.Condition };
                replaced.Add(again);
                if (!again.Holds)
                {
                    return false;
                }
                continue;
            }
            var candidates = proviso.Replacements.Where(r => RuleAmounts.Comparable(r.Unit, check.Condition.Unit) && scenario.Applies(r.Scope, facts)).ToList();
            if (candidates.Count == 0)
            {
                return false;
            }
            var specific = candidates.Max(r => scenario.Specificity(r.Scope));
            var replacement = candidates.First(r => scenario.Specificity(r.Scope) == specific);
            var value = RuleAmounts.Convert(check.Fact.Value, check.Fact.Unit, replacement.Unit);
            if (check.Share is not null)
            {
                value = check.Value;
            }
            var holds = replacement.Holds(value);
            replaced.Add(check with { Condition = replacement, Value = value, Holds = holds, Original = check.Condition });
            if (judgement.Rule.Form == RuleForm.Requirement ? !holds : holds)
            {
                return false;
            }
        }
        return true;
    }

    private static readonly Rule Placeholder = new()
    {
        Passage = null!,
        Text = "",
        Form = RuleForm.Requirement,
        Outcome = Outcome.Positive,
        Alternatives = [],
    };
}
