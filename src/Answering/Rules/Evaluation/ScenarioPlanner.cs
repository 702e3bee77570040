using Answering.Rules.Facts;
using Knowledge.Rules;
using Knowledge.Rules.Scopes;

namespace Answering.Rules.Evaluation;

/// <summary>
/// The readings of the asker's case to try: each scope dimension the question settles takes its value (대전 → 광역시; 중기 →
/// 중소기업; 도약형; 개정 지침), and each the rules split on but the question leaves open takes every value the rules name
/// (both kinds of place for a site across 울산 and 경남; designated and not for an area the asker does not describe). An
/// amended rule is read in its amended version unless the question asks for the current one.
/// </summary>
public static class ScenarioPlanner
{
    private const int MaxScenarios = 24;

    public static IReadOnlyList<Scenario> Plan(AskerFacts facts, IReadOnlyList<Rule> rules)
    {
        var scopes = rules.SelectMany(r => r.Conditions.Select(c => c.Scope).Append(r.Scope)).ToList();
        var places = Values(facts.PlaceKinds, scopes.SelectMany(s => s.PlaceKinds));
        var sizes = Values(facts.Sizes, scopes.SelectMany(s => s.Sizes));
        var ruleLabels = scopes.SelectMany(s => s.Labels).Distinct().ToList();
        var named = facts.Labels.Where(l => ruleLabels.Any(r => Scenario.SameLabel(r, l))).ToList();
        var labels = named.Count > 0 ? named.Cast<string?>().ToList() : ruleLabels.Count > 1 ? [.. ruleLabels] : [null];
        var version = facts.Version ?? (scopes.Any(s => s.Version is not null) ? ScopeWords.Amended : null);
        var designations = scopes.SelectMany(s => s.Designations).Distinct().ToList();
        var settled = new Dictionary<string, bool>();
        var open = new List<string>();
        foreach (var d in designations)
        {
            if (facts.Designation(d) is bool known)
            {
                settled[d] = known;
            }
            else
            {
                open.Add(d);
            }
        }
        var scenarios = new List<Scenario>();
        foreach (var place in places)
        {
            foreach (var size in sizes)
            {
                foreach (var label in labels)
                {
                    foreach (var combination in Combinations(open))
                    {
                        var all = new Dictionary<string, bool>(settled);
                        foreach (var (k, v) in combination)
                        {
                            all[k] = v;
                        }
                        var assumed = new List<(string, string)>();
                        if (place is not null && facts.PlaceKinds.Count != 1)
                        {
                            assumed.Add(("PlaceKind", place));
                        }
                        if (size is not null && facts.Sizes.Count != 1)
                        {
                            assumed.Add(("Size", size));
                        }
                        if (label is not null && named.Count != 1)
                        {
                            assumed.Add(("Label", label));
                        }
                        assumed.AddRange(combination.Select(c => ("Designation:" + c.Key, c.Value ? "yes" : "no")));
                        scenarios.Add(new Scenario { PlaceKind = place, Size = size, Label = label, Version = version, Designations = all, Assumed = assumed });
                        if (scenarios.Count >= MaxScenarios)
                        {
                            return scenarios;
                        }
                    }
                }
            }
        }
        return scenarios;
    }

    /// <summary>The asker's value(s) when given; else every value the rules name (or none to try when they name none).</summary>
    private static List<string?> Values(IReadOnlyList<string> stated, IEnumerable<string> named)
    {
        if (stated.Count > 0)
        {
            return [.. stated];
        }
        var values = named.Distinct().Cast<string?>().ToList();
        return values.Count > 1 ? values : [null];
    }

    private static IEnumerable<List<KeyValuePair<string, bool>>> Combinations(List<string> open)
    {
        var count = Math.Min(open.Count, 3);
        for (var mask = 0; mask < 1 << count; mask++)
        {
            yield return [.. open.Take(count).Select((d, i) => new KeyValuePair<string, bool>(d, (mask & 1 << i) != 0))];
        }
    }
}
