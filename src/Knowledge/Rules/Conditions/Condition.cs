using Corpus.Quantities;
using Knowledge.Rules.Scopes;

namespace Knowledge.Rules.Conditions;

/// <summary>
/// One bound a rule sets: what it limits (<see cref="Subject"/>: 업력, 매출액, 부채비율 …), the bound (<c>500% 이상</c>), what a
/// share is of (<see cref="Base"/>: 총사업비 in 총사업비의 70% 이내) and whom it applies to (<see cref="Scope"/>). Dates are
/// bounds too (7월 14일까지), with <see cref="Unit"/> = <see cref="RuleAmounts.Date"/> and the day number as the value.
/// </summary>
public sealed record Condition
{
    public required double Value { get; init; }
    public required Unit Unit { get; init; }
    public required Comparator Comparator { get; init; }

    /// <summary>Canonical terms of what is bounded (scope words removed).</summary>
    public IReadOnlyList<string> Subject { get; init; } = [];

    /// <summary>For a share, the canonical terms of the whole (총사업비).</summary>
    public IReadOnlyList<string> Base { get; init; } = [];
    public RuleScope Scope { get; init; } = RuleScope.None;

    /// <summary>The words of the condition as the text writes them (부채비율이 500% 이상).</summary>
    public required string Text { get; init; }

    /// <summary>The bound as written (500% 이상, 7월 14일(금)까지).</summary>
    public required string Bound { get; init; }

    /// <summary>Span of <see cref="Text"/> in the sentence it was read from.</summary>
    public int Start { get; init; }
    public int End { get; init; }

    /// <summary>An old value an amendment replaces (30만㎡ 이상에서 20만㎡ 이상으로).</summary>
    public bool Superseded { get; init; }

    /// <summary>Written in parentheses after another bound: an alternative for a scope (광역시는 10km) or an extra bound.</summary>
    public bool Parenthetical { get; init; }

    /// <summary>The subject was taken from the bound before it (500% 이상인 중소기업, 400% 이상인 중견기업).</summary>
    public bool InheritedSubject { get; init; }

    public bool IsDate => Unit == RuleAmounts.Date;

    public bool Holds(double value) => Comparator.Holds(value, Value);
}
