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
            var text = string.Concat(paragraph.Select((l, i) => i < paragraph.Count - 1 && l.EndsWithSpace ? l.Text.TrimEnd() + " " : l.Text.Trim()));
            lines.Paragraph(text, Label(paragraph[0].Page, paragraph[0].LineNumber, paragraph[^1].Page, paragraph[^1].LineNumber));
            paragraph.Clear();
        }

        void FlushColumns()
        {
            if (columnRows.Count == 0)
            {
                return;
            }
            lines.Table(columnRows.Select(l => ((IReadOnlyList<string>)l.Text.Split('\t').Select(c => c.Trim()).ToArray(), Label(l.Page, l.LineNumber, l.Page, l.LineNumber))));
            columnRows.Clear();
        }

        void FlushTable()
        {
            if (table is null)
            {
                return;
            }
            lines.Table(tableRows.Select(r => ((IReadOnlyList<string>)r.Cells, Label(r.Page, r.FromLine, r.Page, r.ToLine))));
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
                            lines.Break();
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
