namespace Corpus.Readers;

/// <summary>
/// Writes what was read off the pages in the corpus's text layout: wrapped lines of a paragraph are joined
/// again (also over a page break), a wide vertical gap is a blank line, lines whose words stand in columns
/// (no rulings) are table rows, and a ruled table that goes on at the top of the next page with the same
/// columns is one table.
/// </summary>
internal static class PdfLayout
{
    private const string Markers = "□○-*※■【◆•▶◎·";

    public static void Write(DocumentLines lines, IReadOnlyList<PdfBlock> blocks)
    {
        // Written once the whole document is read: how its wrapped lines are joined depends on all of them (PdfWraps).
        var output = new List<Action<Func<string, string>>>();
        var wraps = new PdfWraps.Tally();
        var paragraph = new List<PdfTextLine>();
        var columnRows = new List<PdfTextLine>();
        PdfTable? table = null;
        var tableRows = new List<PdfTableRow>();

        void FlushParagraph()
        {
            if (paragraph.Count == 0)
            {
                return;
            }
            var text = string.Concat(paragraph.Select((l, i) => i < paragraph.Count - 1 ? l.Text.Trim() + Wrap(l, paragraph[i + 1]) : l.Text.Trim()));
            var label = Label(paragraph[0].Page, paragraph[0].LineNumber, paragraph[^1].Page, paragraph[^1].LineNumber);
            wraps.Count(text);
            output.Add(resolve => lines.Paragraph(resolve(text), label));
            paragraph.Clear();
        }

        void FlushColumns()
        {
            if (columnRows.Count == 0)
            {
                return;
            }
            var rows = columnRows.Select(l => ((IReadOnlyList<string>)l.Text.Split('\t').Select(c => c.Trim()).ToArray(), Label(l.Page, l.LineNumber, l.Page, l.LineNumber))).ToList();
            output.Add(_ => lines.Table(rows));
            columnRows.Clear();
        }

        void FlushTable()
        {
            if (table is null)
            {
                return;
            }
            var rows = tableRows.Select(r => (r.Cells, Label: Label(r.Page, r.FromLine, r.Page, r.ToLine))).ToList();
            foreach (var cell in rows.SelectMany(r => r.Cells))
            {
                wraps.Count(cell);
            }
            output.Add(resolve => lines.Table(rows.Select(r => ((IReadOnlyList<string>)r.Cells.Select(resolve).ToArray(), r.Label))));
            table = null;
            tableRows.Clear();
        }

        PdfBlock? previous = null;
        foreach (var block in blocks)
        {
            var firstOnPage = previous is null || previous.Page != block.Page;
            switch (block)
            {
                case PdfTable next:
                    FlushParagraph();
                    FlushColumns();
                    if (table is not null && !(firstOnPage && SameColumns(table, next)))
                    {
                        FlushTable();
                    }
                    table ??= next;
                    tableRows.AddRange(next.Rows);
                    break;
                case PdfTextLine line when line.Text.Contains('\t'):
                    FlushParagraph();
                    FlushTable();
                    columnRows.Add(line);
                    break;
                case PdfTextLine line:
                    FlushTable();
                    FlushColumns();
                    if (paragraph.Count > 0 && !Continues(paragraph[^1], line, firstOnPage))
                    {
                        // A wide gap, or a new page that does not go on with the paragraph, separates blocks.
                        var gap = paragraph[^1].Page == line.Page ? paragraph[^1].Baseline - line.Baseline : double.MaxValue;
                        FlushParagraph();
                        if (gap > line.Size * 1.9)
                        {
                            output.Add(_ => lines.Break());
                        }
                    }
                    paragraph.Add(line);
                    break;
            }
            previous = block;
        }
        FlushParagraph();
        FlushColumns();
        FlushTable();
        foreach (var write in output)
        {
            write(wraps.Resolve);
        }
    }

    /// <summary>
    /// How a paragraph's line joins the next: with the space it drew; straight on after or before a mark lines break at
    /// without a space; otherwise as the whole document wraps (<see cref="PdfWraps"/>), told whether the line ran to
    /// its right edge (within a letter).
    /// </summary>
    private static string Wrap(PdfTextLine line, PdfTextLine next)
    {
        var (end, start) = (line.Text.TrimEnd(), next.Text.TrimStart());
        if (line.EndsWithSpace || end.Length == 0 || start.Length == 0)
        {
            return " ";
        }
        if (PdfPageReader.NoSpaceAfter.Contains(end[^1]) || PdfPageReader.NoSpaceBefore.Contains(start[0]))
        {
            return "";
        }
        return PdfWraps.Mark(line.Right >= line.TextRight - line.Size * 1.05, end[^1], start[0]).ToString();
    }

    /// <summary>A line goes on the paragraph above when that one ran to the right edge (or ended at a wrapping space) and this one starts no new item.</summary>
    private static bool Continues(PdfTextLine above, PdfTextLine line, bool firstOnPage)
    {
        if (line.Text.TrimStart() is { Length: > 0 } start && Markers.Contains(start[0]))
        {
            return false;
        }
        var ranToEdge = above.EndsWithSpace || above.Right + line.FirstWordWidth >= above.TextRight - above.Size * 0.5;
        if (!ranToEdge)
        {
            return false;
        }
        if (above.Page != line.Page)
        {
            return firstOnPage;
        }
        var gap = above.Baseline - line.Baseline;
        return gap > 0 && gap <= above.Size * 1.7;
    }

    private static bool SameColumns(PdfTable a, PdfTable b) =>
        a.Columns.Count == b.Columns.Count && a.Columns.Zip(b.Columns).All(p => Math.Abs(p.First - p.Second) <= 3);

    private static string Label(int fromPage, int fromLine, int toPage, int toLine) =>
        fromPage == toPage ? LocationLabels.PdfLines(fromPage, fromLine, toLine) : $"{LocationLabels.PdfLines(fromPage, fromLine, fromLine)} – {LocationLabels.PdfLines(toPage, toLine, toLine)}";
}
