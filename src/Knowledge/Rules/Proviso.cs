using Knowledge.Documents;
using Knowledge.Rules.Conditions;

namespace Knowledge.Rules;

/// <summary>
/// An exception attached to a rule (단, 다만, (…는 제외), …에는 적용하지 않는다): when <see cref="When"/> holds, the rule is lifted
/// (<see cref="Lifts"/>) or its bounds are replaced by <see cref="Replacements"/> (단, 창업 7년 이내 기업은 5인 이상; 도 80% 이내,
/// 광역시 70% 이내), or a deadline is moved by <see cref="ExtensionDays"/> (15일 이내에서 기한을 연장).
/// </summary>
public sealed class Proviso
{
    public required Passage Passage { get; init; }
    public required string Text { get; init; }

    /// <summary>Alternatives (any one suffices) of what must hold for the exception to apply.</summary>
    public required IReadOnlyList<RuleClause> When { get; init; }
    public IReadOnlyList<Condition> Replacements { get; init; } = [];
    public int? ExtensionDays { get; init; }
    public bool Lifts => Replacements.Count == 0 && ExtensionDays is null;
}
