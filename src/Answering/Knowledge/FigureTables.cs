using Corpus.Model;

namespace Answering.Knowledge;

/// <summary>The tables of figures (a unit in the title, numbers in the cells): rows by name, columns by stage, year or total.</summary>
public sealed class FigureTables
{
    public FigureTables(IEnumerable<ParsedDocument> documents)
    {
        Tables = [.. documents.SelectMany(d => d.Tables).Where(t => t.Unit is not null && t.Rows.SelectMany(r => r.Cells).Count(c => c.Number is not null) >= 4)];
        RowNames = [.. Tables.SelectMany(t => t.Rows).Select(r => r.HeaderName).Distinct()];
        TotalRow = RowNames.FirstOrDefault(n => n.Contains("합계", StringComparison.Ordinal) || n == "계" || n.StartsWith("총", StringComparison.Ordinal));
    }

    public IReadOnlyList<DocumentTable> Tables { get; }

    public IReadOnlyList<string> RowNames { get; }

    /// <summary>The row that sums the others (합계), if a table has one.</summary>
    public string? TotalRow { get; }

    /// <summary>Every cell of <paramref name="row"/> in a column <paramref name="column"/> accepts, table by table (a table repeated in an annex is a second source).</summary>
    public IReadOnlyList<(DocumentTable Table, TableRow Row, TableCell Cell)> Find(string row, ColumnSelector column)
    {
        var found = new List<(DocumentTable, TableRow, TableCell)>();
        foreach (var table in Tables)
        {
            foreach (var tableRow in table.Rows.Where(r => r.HeaderName == row))
            {
                var cell = tableRow.Cells.FirstOrDefault(c => column.Accepts(c.ColumnPath));
                if (cell is not null)
                {
                    found.Add((table, tableRow, cell));
                }
            }
        }
        return found;
    }

    public static Source SourceOf(DocumentTable table, TableRow row, TableCell cell) =>
        new(table.Doc, row.Line, row.Line, row.RawLine, table.Title, row.HeaderName, cell.ColumnName);
}

/// <summary>Picks a column by its header path: a year ('21), a stage's subtotal (2단계 소계), or the grand total (합계 (A+B)).</summary>
public sealed record ColumnSelector(string Description, Func<IReadOnlyList<string>, bool> Accepts)
{
    public static ColumnSelector Year(int year) => new($"'{year:00}",
        path => path.Any(p => Quotes.Unify(p).Trim().TrimStart('\'') == year.ToString("00", System.Globalization.CultureInfo.InvariantCulture)));

    public static ColumnSelector StageTotal(int stage) => new($"{stage}단계",
        path => path[0].StartsWith($"{stage}단계", StringComparison.Ordinal) && (path.Count == 1 || path[^1].Contains("소계", StringComparison.Ordinal) || path[^1].Contains("계", StringComparison.Ordinal)));

    public static ColumnSelector GrandTotal { get; } = new("합계",
        path => !path[0].Contains("단계", StringComparison.Ordinal) && (path[0].Contains("합계", StringComparison.Ordinal) || path[0].Contains('+')));
}
