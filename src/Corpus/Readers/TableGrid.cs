namespace Corpus.Readers;

/// <summary>A table cell as a file states it: its top-left position (0-based), its span, and its text.</summary>
public readonly record struct SpanCell(int Row, int Column, int RowSpan, int ColumnSpan, string Text);

/// <summary>
/// Lays cells with row and column spans out on a full grid, the way the corpus's text layout writes a merged
/// cell: its text in its first (top-left) position and empty strings in every position it covers.
/// </summary>
public static class TableGrid
{
    /// <summary>The grid's rows, each as wide as the widest row; positions no cell fills are empty.</summary>
    public static string[][] Expand(IEnumerable<SpanCell> cells, int rows = 0, int columns = 0)
    {
        var list = cells.ToList();
        var height = Math.Max(rows, list.Count == 0 ? 0 : list.Max(c => c.Row + Math.Max(1, c.RowSpan)));
        var width = Math.Max(columns, list.Count == 0 ? 0 : list.Max(c => c.Column + Math.Max(1, c.ColumnSpan)));
        var grid = new string[height][];
        for (var r = 0; r < height; r++)
        {
            grid[r] = Enumerable.Repeat("", width).ToArray();
        }
        foreach (var cell in list.Where(c => c.Row >= 0 && c.Column >= 0))
        {
            if (grid[cell.Row][cell.Column].Length == 0)
            {
                grid[cell.Row][cell.Column] = DocumentLines.OneLine(cell.Text);
            }
        }
        return grid;
    }
}
