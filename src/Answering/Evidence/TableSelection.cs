using Knowledge.Tables;

namespace Answering.Evidence;

/// <summary>
/// The part of a table a question points at: the rows and columns its words select, how well (score), which of the
/// question's terms the table carries, and whether rows or columns had to be defaulted (a total row, the only figure column).
/// </summary>
public sealed record TableSelection(
    TableModel Table,
    IReadOnlyList<RowModel> Rows,
    IReadOnlyList<ColumnModel> Columns,
    double Score,
    Carried Carried,
    bool RowsDefaulted,
    bool ColumnsDefaulted)
{
    /// <summary>Rows matched only through a member list in parentheses (울산 in 동남권(부산·울산·경남)).</summary>
    public bool GroupOnly { get; init; }

    /// <summary>Years or stages the question names that the selected cells do not carry.</summary>
    public bool PeriodMismatch { get; init; }

    public IEnumerable<(RowModel Row, ColumnModel Column, CellModel Cell)> Cells =>
        from r in Rows from c in Columns select (r, c, Table.Cell(r, c));
}
