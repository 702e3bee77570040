namespace Corpus.Model;

/// <summary>
/// A tab-separated block read as a table: its title and unit (<c>【 … (단위:억원) 】</c>), the header path of every
/// column (multi-row headers spread over the columns they span), per-column units read from header cells
/// (<c>(억원)</c>, <c>매출 증가(억원)</c>), and its data rows.
/// </summary>
public sealed record DocumentTable(
    string Doc,
    int Index,
    string? Title,
    string? Unit,
    int? TitleLine,
    int FromLine,
    int ToLine,
    int RowHeaderWidth,
    IReadOnlyList<IReadOnlyList<string>> ColumnPaths,
    IReadOnlyList<TableRow> Rows)
{
    public string ColumnName(int column) => string.Join(" ", ColumnPaths[column]);

    /// <summary>Lines of the header rows.</summary>
    public int HeaderRows { get; init; } = 1;

    /// <summary>The unit written for a column in its header (<c>(백만원)</c>), or null.</summary>
    public IReadOnlyList<string?> ColumnUnits { get; init; } = [];

    /// <summary>Notes (* …) printed right under the table.</summary>
    public IReadOnlyList<int> NoteLines { get; init; } = [];

    /// <summary>A block table: each column is a passage (case boxes side by side), not a grid of figures.</summary>
    public bool IsBlock => RowHeaderWidth == 0;
}

/// <summary>A data row: its header path (grouped rows inherit the group from the row above) and its cells.</summary>
public sealed record TableRow(int Line, string RawLine, IReadOnlyList<string> Header, IReadOnlyList<TableCell> Cells)
{
    public string HeaderName => string.Join(" ", Header);

    /// <summary>Every cell of the line, row headers included, as written.</summary>
    public IReadOnlyList<string> RawCells { get; init; } = [];

    /// <summary>합계, 소계, 계, 누계, 총계: a row that adds up others.</summary>
    public bool IsTotal { get; init; }
}

/// <summary>One data cell with everything needed to cite and name it.</summary>
public sealed record TableCell(
    IReadOnlyList<string> RowPath,
    IReadOnlyList<string> ColumnPath,
    string Text,
    double? Number,
    string? Unit,
    int Line,
    int Column)
{
    public bool IsEmpty => Text.Length == 0;
    public string RowName => string.Join(" ", RowPath);
    public string ColumnName => string.Join(" ", ColumnPath);
}
