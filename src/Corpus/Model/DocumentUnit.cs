namespace Corpus.Model;

/// <summary>What a piece of a document is, read from its layout.</summary>
public enum UnitKind
{
    /// <summary>보도자료, the publication line and other front matter.</summary>
    Banner,
    Embargo,

    /// <summary>A row of the front matter's 배포일시/담당부서 table or of a contact table.</summary>
    Contact,
    Title,

    /// <summary>A summary line under the title (<c>- ◆ …</c>).</summary>
    Summary,

    /// <summary>A □ heading (or an appendix's title).</summary>
    Heading,

    /// <summary>○, - or • under a heading.</summary>
    Bullet,

    /// <summary>* or ※: a note on the unit above it.</summary>
    Note,
    Paragraph,
    TableTitle,
    TableHeader,
    TableRow,

    /// <summary>One ■ item of a case block: a label and its text.</summary>
    CaseItem,

    /// <summary>A case block's name line (충남 당진 (주)○○소재 …, 【 대상 】 (주)○○ - …).</summary>
    CaseTitle,

    /// <summary><c>참고 N</c> marks or a table of contents line.</summary>
    AppendixMark,
}

/// <summary>
/// One addressable piece of a document with its 1-based inclusive line span. A piece may be part of a
/// line (a ■ item of a case box): <see cref="Text"/> is then exactly the characters at
/// <see cref="Offset"/> of that line, so a citation can quote it. <see cref="Parent"/> is the unit it
/// hangs under (□ → ○ → - → *), which gives its heading path.
/// </summary>
public sealed record DocumentUnit(
    string Doc,
    int Index,
    UnitKind Kind,
    int FromLine,
    int ToLine,
    string Text,
    int Level,
    int? Parent,
    string? Appendix)
{
    /// <summary>The table this unit belongs to (a row, header or title), if any.</summary>
    public int? Table { get; init; }

    /// <summary>For a cell of a block table (a whole passage per column), the column it stands in.</summary>
    public int? Column { get; init; }

    /// <summary>Where <see cref="Text"/> starts in its line when it is part of a line.</summary>
    public int Offset { get; init; }

    /// <summary>The label a bullet or item opens with: <c>(지원규모)</c>, <c>■ (성과)</c> → 지원규모, 성과.</summary>
    public string? Label { get; init; }

    /// <summary>The case block this unit belongs to (its <see cref="UnitKind.CaseTitle"/> unit), if any.</summary>
    public int? Case { get; init; }
}
