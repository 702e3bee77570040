namespace BotHost.Api;

/// <summary>A line of the document and where it is in the file's own terms ("3쪽 12줄", "표 2 · 3행", "시트1!A5:G5").</summary>
public sealed record SourceLine(int Number, string Text, string? Location = null);

/// <summary>
/// The table holding the cited lines, parsed, so a viewer can draw it as a table: its caption (title, unit, and the
/// title's line when it has one), the lines of its rows (header rows first, from <see cref="FromLine"/> on), how many
/// leading columns are row headers, each column's header path as a citation's <c>table.column</c> names it, the
/// header rows as written (an empty cell continues a merged one), and every data row with its line, cells and
/// location, the cited ones marked.
/// </summary>
public sealed record SourceTable(
    string? Title,
    string? Unit,
    int? TitleLine,
    int FromLine,
    int ToLine,
    int RowHeaderColumns,
    IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyList<string>> HeaderRows,
    IReadOnlyList<SourceTableRow> Rows);

public sealed record SourceTableRow(int Line, IReadOnlyList<string> Cells, string? Location, bool Cited);

/// <summary>
/// The lines behind a citation: the cited lines <see cref="From"/>–<see cref="To"/> (a text file's lines as on disk),
/// with the context lines asked for around them, the file's format, and the table the cited lines are in, if any.
/// </summary>
public sealed record SourceLines(string Doc, int From, int To, IReadOnlyList<SourceLine> Lines)
{
    public string Format { get; init; } = "txt";
    public SourceTable? Table { get; init; }
}
