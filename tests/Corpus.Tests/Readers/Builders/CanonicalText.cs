namespace Corpus.Tests.Readers.Builders;

/// <summary>A block of a document in the corpus's text layout: a paragraph, a blank line, or a table.</summary>
public abstract record TextBlock;

public sealed record ParagraphBlock(string Text) : TextBlock;

public sealed record BlankBlock : TextBlock;

/// <summary>A table as rows of cells (padded to one width) and the merged cells its two-row header implies.</summary>
public sealed record TableBlock(IReadOnlyList<string[]> Rows, IReadOnlyList<Corpus.Readers.SpanCell> Merges) : TextBlock
{
    public int Width => Rows.Max(r => r.Length);

    /// <summary>The merged cell that starts at (row, column), or null when the cell is covered by one or stands alone.</summary>
    public Corpus.Readers.SpanCell? MergeAt(int row, int column) => Merges.Cast<Corpus.Readers.SpanCell?>().FirstOrDefault(m => m!.Value.Row == row && m.Value.Column == column);

    public bool IsCovered(int row, int column) => Merges.Any(m =>
        row >= m.Row && row < m.Row + m.RowSpan && column >= m.Column && column < m.Column + m.ColumnSpan && (row != m.Row || column != m.Column));
}

/// <summary>
/// Reads a .txt document of the corpus into blocks, so that a test can write the same document in another
/// format: TAB lines are table rows; a two-row header (first cell of row 2 empty, empty cells in row 1 over
/// filled cells in row 2) becomes merged cells, as a ministry's table would have them.
/// </summary>
public static class CanonicalText
{
    public static IReadOnlyList<TextBlock> Read(string path) => Parse(File.ReadAllText(path).Split('\n').Select(l => l.TrimEnd('\r')).ToArray());

    public static IReadOnlyList<TextBlock> Parse(IReadOnlyList<string> lines)
    {
        var blocks = new List<TextBlock>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Contains('\t') && lines[i].Trim().Length > 0)
            {
                var rows = new List<string[]>();
                while (i < lines.Count && lines[i].Contains('\t') && lines[i].Trim().Length > 0)
                {
                    rows.Add(lines[i].Split('\t'));
                    i++;
                }
                i--;
                var width = rows.Max(r => r.Length);
                var padded = rows.Select(r => r.Concat(Enumerable.Repeat("", width - r.Length)).ToArray()).ToList();
                blocks.Add(new TableBlock(padded, HeaderMerges(padded)));
            }
            else if (lines[i].Trim().Length == 0)
            {
                blocks.Add(new BlankBlock());
            }
            else
            {
                blocks.Add(new ParagraphBlock(lines[i]));
            }
        }
        return blocks;
    }

    private static List<Corpus.Readers.SpanCell> HeaderMerges(List<string[]> rows)
    {
        var merges = new List<Corpus.Readers.SpanCell>();
        if (rows.Count < 3 || rows[1][0].Trim().Length > 0 || !rows[0].Skip(1).Any(c => c.Trim().Length == 0))
        {
            return merges;
        }
        var top = rows[0];
        var sub = rows[1];
        for (var c = 0; c < top.Length; c++)
        {
            if (top[c].Trim().Length == 0)
            {
                continue;
            }
            var span = 1;
            while (c + span < top.Length && top[c + span].Trim().Length == 0 && sub[c + span].Trim().Length > 0)
            {
                span++;
            }
            var rowSpan = span == 1 && sub[c].Trim().Length == 0 ? 2 : 1;
            if (span > 1 || rowSpan > 1)
            {
                merges.Add(new Corpus.Readers.SpanCell(0, c, rowSpan, span, top[c]));
            }
        }
        return merges;
    }
}
