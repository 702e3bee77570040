namespace Corpus.Model;

/// <summary>What a line-addressed piece of a document is, read from its layout.</summary>
public enum UnitKind
{
    Title,
    Embargo,
    Contact,
    Heading,
    Bullet,
    Note,
    Paragraph,
    TableTitle,
    TableRow,
    AppendixHeading,
}

/// <summary>
/// One addressable piece of a document: a heading, bullet, note, paragraph or table row, with its
/// 1-based inclusive line span. <see cref="Parent"/> is the unit it hangs under (□ → ○ → *), so a
/// bullet inherits the stage or region its heading speaks of.
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
    /// <summary>The table this unit belongs to (a row or a table title), if any.</summary>
    public int? Table { get; init; }

    /// <summary>For a cell of a block table (a whole passage per column), the column it stands in.</summary>
    public int? Column { get; init; }
}
