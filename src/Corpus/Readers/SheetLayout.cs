namespace Corpus.Readers;

/// <summary>
/// One row of a sheet or delimited file: its 1-based row number and its cells' text as shown by 0-based column
/// (merged cells already expanded), and the cells whose text the file stores otherwise (a number's value under
/// its number format), by column.
/// </summary>
public sealed record SheetRow(int Number, IReadOnlyDictionary<int, string> Cells, IReadOnlyDictionary<int, string>? Stored = null)
{
    /// <summary>A cell's text as the file stores it.</summary>
    public string StoredText(int column) => Stored?.GetValueOrDefault(column) ?? Cells.GetValueOrDefault(column) ?? "";

    public bool IsEmpty => Cells.Values.All(c => c.Trim().Length == 0);

    public IEnumerable<int> FilledColumns => Cells.Where(c => c.Value.Trim().Length > 0).Select(c => c.Key);
}

/// <summary>
/// Lays a grid of rows (a worksheet, a CSV file) out as the corpus's text: rows separated by empty rows form
/// blocks; in a block, rows with one filled cell before the first row with two or more are paragraphs (a title
/// such as "【 … (단위:백만원) 】" above its table), and from that row on every row is a table row over the
/// block's columns. A one-cell row under a table that starts with a note mark (*, ※) is a note, not a row.
/// </summary>
public static class SheetLayout
{
    public static void Write(DocumentLines lines, IReadOnlyList<SheetRow> rows, Func<int, int, int, string> rowLabel)
    {
        var block = new List<SheetRow>();
        foreach (var row in rows.OrderBy(r => r.Number))
        {
            if (row.IsEmpty || (block.Count > 0 && row.Number > block[^1].Number + 1))
            {
                WriteBlock(lines, block, rowLabel);
                block.Clear();
            }
            if (!row.IsEmpty)
            {
                block.Add(row);
            }
        }
        WriteBlock(lines, block, rowLabel);
    }

    private static void WriteBlock(DocumentLines lines, List<SheetRow> block, Func<int, int, int, string> rowLabel)
    {
        if (block.Count == 0)
        {
            return;
        }
        var tableStart = block.FindIndex(r => r.FilledColumns.Count() >= 2);
        var leading = tableStart < 0 ? block : block.Take(tableStart);
        foreach (var row in leading)
        {
            var column = row.FilledColumns.First();
            lines.Paragraph(row.Cells[column], rowLabel(row.Number, column, column), row.StoredText(column));
        }
        if (tableStart < 0)
        {
            lines.Break();
            return;
        }
        var tableRows = new List<SheetRow>();
        var notes = new List<SheetRow>();
        foreach (var row in block.Skip(tableStart))
        {
            if (notes.Count > 0 || (row.FilledColumns.Count() == 1 && IsNote(row.Cells[row.FilledColumns.First()])))
            {
                notes.Add(row);
            }
            else
            {
                tableRows.Add(row);
            }
        }
        var first = tableRows.Min(r => r.Cells.Keys.Where(k => r.Cells[k].Trim().Length > 0).Min());
        var last = tableRows.Max(r => r.Cells.Keys.Where(k => r.Cells[k].Trim().Length > 0).Max());
        lines.Table(tableRows.Select(r => (
            (IReadOnlyList<string>)Enumerable.Range(first, last - first + 1).Select(c => r.Cells.GetValueOrDefault(c) ?? "").ToArray(),
            (IReadOnlyList<string>?)Enumerable.Range(first, last - first + 1).Select(r.StoredText).ToArray(),
            rowLabel(r.Number, first, last))));
        foreach (var note in notes.Where(n => !n.IsEmpty))
        {
            var column = note.FilledColumns.First();
            lines.Paragraph(string.Join(" ", note.FilledColumns.Select(c => note.Cells[c])), rowLabel(note.Number, column, note.FilledColumns.Max()),
                string.Join(" ", note.FilledColumns.Select(note.StoredText)));
        }
        lines.Break();
    }

    private static bool IsNote(string text) => text.TrimStart() is { Length: > 0 } t && t[0] is '*' or '※' or '주' && (t[0] != '주' || t.StartsWith("주)", StringComparison.Ordinal));
}
