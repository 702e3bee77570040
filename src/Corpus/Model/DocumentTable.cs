namespace Corpus.Model;

/// <summary>
/// A tab-separated block: its title and unit (<c>【 … (단위:억원) 】</c>), the column header path of every
/// column (two-row headers spread over the columns they span), and its data rows.
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
}

/// <summary>A data row: its header path (grouped rows inherit the group from the row above) and its cells.</summary>
public sealed record TableRow(int Line, string RawLine, IReadOnlyList<string> Header, IReadOnlyList<TableCell> Cells)
{
    public string HeaderName => string.Join(" ", Header);
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
