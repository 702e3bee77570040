namespace Knowledge.Rules.Scopes;

/// <summary>
/// Whom or what a rule applies to, in the dimensions programme rules split on: the kind of place (광역시 vs 도), the size
/// of company (중소기업, 중견기업, 대기업), a designation (인구감소지역, 수도권), a track or type label (도약형, 일반 트랙,
/// 2단계) and the version of an amended rule (현행 vs 개정). An empty dimension means the rule does not restrict it.
/// </summary>
public sealed record RuleScope
{
    public static RuleScope None { get; } = new();

    public IReadOnlyList<string> PlaceKinds { get; init; } = [];
    public IReadOnlyList<string> Sizes { get; init; } = [];
    public IReadOnlyList<string> Designations { get; init; } = [];
    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary><see cref="ScopeWords.Current"/> or <see cref="ScopeWords.Amended"/>, or null.</summary>
    public string? Version { get; init; }

    public bool IsEmpty => PlaceKinds.Count == 0 && Sizes.Count == 0 && Designations.Count == 0 && Labels.Count == 0 && Version is null;

    /// <summary>Both scopes at once: each dimension the union of what either names.</summary>
    public RuleScope With(RuleScope other) => other.IsEmpty ? this : IsEmpty ? other : new RuleScope
    {
        PlaceKinds = Union(PlaceKinds, other.PlaceKinds),
        Sizes = Union(Sizes, other.Sizes),
        Designations = Union(Designations, other.Designations),
        Labels = Union(Labels, other.Labels),
        Version = other.Version ?? Version,
    };

    /// <summary>Words naming the scope, for an answer: 광역시, 중견기업, 도약형 …</summary>
    public IEnumerable<string> Words => PlaceKinds.Concat(Sizes).Concat(Designations).Concat(Labels).Concat(Version is null ? [] : [Version]);

    private static string[] Union(IReadOnlyList<string> a, IReadOnlyList<string> b) => [.. a.Concat(b).Distinct(StringComparer.Ordinal)];
}
