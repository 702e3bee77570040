using Knowledge.Documents;
using Knowledge.Rules.Conditions;
using Knowledge.Rules.Scopes;
using Knowledge.Tables;

namespace Knowledge.Rules;

/// <summary>How a rule's conditions decide: all must hold (신청자격, 한도, 기한), or holding them brings an outcome (제외대상, 점수 구간).</summary>
public enum RuleForm
{
    /// <summary>The conditions are required: failing one fails the asker.</summary>
    Requirement,

    /// <summary>Meeting the conditions brings <see cref="Rule.Outcome"/> (a band, an exclusion, a permission).</summary>
    Consequence,
}

/// <summary>
/// One rule a document states, read from a sentence, a bullet, a note or a table cell: its conditions (alternatives of
/// clauses), its form and outcome, whom it applies to, its exceptions, and where it is written (to cite it).
/// </summary>
public sealed class Rule
{
    public required Passage Passage { get; init; }

    /// <summary>The sentence or cell the rule is read from, as written.</summary>
    public required string Text { get; init; }
    public required RuleForm Form { get; init; }
    public required Outcome Outcome { get; init; }

    /// <summary>What the rule grants or withholds, in the document's words (계속 지원, 국비를 20% 감액, 신청할 수 없으며).</summary>
    public string OutcomeText { get; init; } = "";

    /// <summary>For a band of a table (S, A등급), the row's name.</summary>
    public string? BandLabel { get; init; }

    /// <summary>Alternatives: the rule's conditions hold when one of these holds entirely.</summary>
    public required IReadOnlyList<RuleClause> Alternatives { get; init; }
    public RuleScope Scope { get; init; } = RuleScope.None;

    /// <summary>Canonical terms of the rule, its label, headings and table names: what a question about it would use.</summary>
    public IReadOnlyList<string> Terms { get; init; } = [];

    /// <summary>A conditional permission (다만, … 청년은 1년 연장할 수 있다): the only way to what it grants.</summary>
    public bool IsPermission { get; init; }

    /// <summary>The table cell the rule is read from, if any.</summary>
    public TableModel? Table { get; init; }
    public RowModel? Row { get; init; }
    public ColumnModel? Column { get; init; }

    public List<Proviso> Provisos { get; } = [];

    public IEnumerable<Condition> Conditions => Alternatives.SelectMany(a => a.Conditions);

    public IEnumerable<Cue> Cues => Alternatives.SelectMany(a => a.Cues);

    public override string ToString() => $"{Form}/{Outcome} L{Passage.Line}: {Text}";
}
