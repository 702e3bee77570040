using Answering.Rules.Facts;
using Knowledge.Rules.Scopes;

namespace Answering.Rules.Evaluation;

/// <summary>
/// One reading of the asker's case where the question leaves a scope open: the kind of place, company size, type label,
/// version and designations taken as one value each. When the question settles a dimension there is one value; when
/// it does not and the rules split on it, each value is tried.
/// </summary>
public sealed record Scenario
{
    public string? PlaceKind { get; init; }
    public string? Size { get; init; }
    public string? Label { get; init; }
    public string? Version { get; init; }
    public IReadOnlyDictionary<string, bool> Designations { get; init; } = new Dictionary<string, bool>();

    /// <summary>Which dimensions were assumed rather than stated, with the value assumed (for "depends on …").</summary>
    public IReadOnlyList<(string Dimension, string Value)> Assumed { get; init; } = [];

    public bool Applies(RuleScope scope, AskerFacts facts)
    {
        if (scope.PlaceKinds.Count > 0 && PlaceKind is not null && !scope.PlaceKinds.Contains(PlaceKind))
        {
            return false;
        }
        if (scope.Sizes.Count > 0 && Size is not null && !scope.Sizes.Contains(Size))
        {
            return false;
        }
        if (scope.Labels.Count > 0 && Label is not null && !scope.Labels.Any(l => SameLabel(l, Label)))
        {
            return false;
        }
        if (scope.Labels.Count > 0 && Label is null && facts.Labels.Count > 0 && !scope.Labels.Any(l => facts.Labels.Any(f => SameLabel(l, f))))
        {
            return false;
        }
        if (scope.Version is not null && Version is not null && scope.Version != Version)
        {
            return false;
        }
        foreach (var designation in scope.Designations)
        {
            if (Designation(designation) == false)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether a scope names a dimension this scenario settles positively (for "the more specific rule wins").</summary>
    public int Specificity(RuleScope scope) =>
        (scope.PlaceKinds.Count > 0 && PlaceKind is not null ? 1 : 0)
        + (scope.Sizes.Count > 0 && Size is not null ? 1 : 0)
        + (scope.Designations.Count > 0 && scope.Designations.All(d => Designation(d) == true) ? 2 : 0);

    public bool? Designation(string designation)
    {
        foreach (var (key, value) in Designations)
        {
            if (key == designation || key.Contains(designation, StringComparison.Ordinal) || designation.Contains(key, StringComparison.Ordinal))
            {
                return value;
            }
        }
        return null;
    }

    public static bool SameLabel(string a, string b) =>
        string.Equals(a.Replace(" ", "", StringComparison.Ordinal), b.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
}
