using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Corpus.Readers;

/// <summary>Something read off a PDF page, top (PDF y, larger is higher) first.</summary>
internal abstract record PdfBlock(int Page, double Top);

/// <summary>One text line of a page outside any table.</summary>
internal sealed record PdfTextLine(int Page, double Top, int LineNumber, string Text, bool EndsWithSpace, double Left, double Right, double Baseline, double Size, double TextRight, double FirstWordWidth)
    : PdfBlock(Page, Top);

/// <summary>A ruled table: its rows (cells laid out on the grid, merged cells expanded) and its column borders.</summary>
internal sealed record PdfTable(int Page, double Top, double Bottom, IReadOnlyList<PdfTableRow> Rows, IReadOnlyList<double> Columns) : PdfBlock(Page, Top);

internal sealed record PdfTableRow(int Page, string[] Cells, int FromLine, int ToLine);

/// <summary>Reads one page: rulings into tables, the remaining letters into text lines, each with the page's line numbers.</summary>
internal static class PdfPageReader
{
    public static IEnumerable<PdfBlock> Read(Page page)
    {
        var letters = page.Letters.Where(l => l.Value.Length > 0).ToList();
        if (letters.Count == 0)
        {
            return [];
        }
        var lineOf = PageLines(letters);
        var tables = PdfRulings.FindGrids(page).Select(grid => ReadTable(page.Number, grid, letters, lineOf)).OfType<PdfTable>().ToList();
        var outside = letters.Where(l => !tables.Any(t => Inside(t, l))).ToList();
        var textRight = outside.Where(l => !IsSpace(l)).Select(l => l.BoundingBox.Right).DefaultIfEmpty(page.Width).Max();
        var textLines = Rows(outside).Select(row => TextLine(page.Number, row, lineOf, textRight)).OfType<PdfTextLine>();
        return textLines.Cast<PdfBlock>().Concat(tables).OrderByDescending(b => b.Top).ToList();
    }

    private static bool Inside(PdfTable table, Letter letter)
    {
        var center = Center(letter);
        return center.Y <= table.Top && center.Y >= table.Bottom && center.X >= table.Columns[0] && center.X <= table.Columns[^1];
    }

    /// <summary>The page's text lines (all letters, tables included) numbered from the top, as a reader counts them.</summary>
    private static Func<Letter, int> PageLines(List<Letter> letters)
    {
        var baselines = new List<double>();
        foreach (var y in letters.Where(l => !IsSpace(l)).Select(l => l.StartBaseLine.Y).OrderByDescending(y => y))
        {
            if (baselines.Count == 0 || baselines[^1] - y > 2.0)
            {
                baselines.Add(y);
            }
        }
        return letter =>
        {
            var y = letter.StartBaseLine.Y;
            var index = baselines.FindIndex(b => b - y <= 2.0);
            return index < 0 ? baselines.Count : index + 1;
        };
    }

    /// <summary>Letters grouped into rows by baseline, top row first, each row left to right.</summary>
    private static List<List<Letter>> Rows(IEnumerable<Letter> letters)
    {
        var rows = new List<List<Letter>>();
        foreach (var letter in letters.OrderByDescending(l => l.StartBaseLine.Y).ThenBy(l => l.BoundingBox.Left))
        {
            var tolerance = Math.Max(1.0, Size(letter) * 0.3);
            if (rows.Count > 0 && Math.Abs(rows[^1][0].StartBaseLine.Y - letter.StartBaseLine.Y) <= tolerance)
            {
                rows[^1].Add(letter);
            }
            else
            {
                rows.Add([letter]);
            }
        }
        foreach (var row in rows)
        {
            row.Sort((a, b) => a.BoundingBox.Left.CompareTo(b.BoundingBox.Left));
        }
        return rows;
    }

    private static PdfTextLine? TextLine(int page, List<Letter> row, Func<Letter, int> lineOf, double textRight)
    {
        var (text, endsWithSpace) = Join(row, tabAtGaps: true);
        var ink = row.Where(l => !IsSpace(l)).ToList();
        if (text.Trim().Length == 0 || ink.Count == 0)
        {
            return null;
        }
        return new PdfTextLine(page, ink.Max(l => l.BoundingBox.Top), lineOf(ink[0]), text, endsWithSpace,
            ink[0].BoundingBox.Left, ink[^1].BoundingBox.Right, ink[0].StartBaseLine.Y, ink.Max(Size), textRight, FirstWordWidth(row));
    }

    /// <summary>How wide the row's first word is: a line wrapped when that word would not have fitted on the line above.</summary>
    private static double FirstWordWidth(List<Letter> row)
    {
        var word = row.SkipWhile(IsSpace).TakeWhile(l => !IsSpace(l)).ToList();
        return word.Count == 0 ? 0 : word[^1].BoundingBox.Right - word[0].BoundingBox.Left;
    }

    /// <summary>
    /// A row of letters as text: drawn spaces are spaces; a gap wider than a few letters without one is a
    /// column gap (a TAB when <paramref name="tabAtGaps"/>), so columns set apart by position stay apart.
    /// </summary>
    internal static (string Text, bool EndsWithSpace) Join(List<Letter> row, bool tabAtGaps)
    {
        var text = new StringBuilder();
        Letter? previous = null;
        var pendingSpace = false;
        foreach (var letter in row)
        {
            if (IsSpace(letter))
            {
                pendingSpace = previous is not null;
                continue;
            }
            if (previous is not null)
            {
                var gap = letter.BoundingBox.Left - previous.BoundingBox.Right;
                var size = Math.Max(Size(letter), 1.0);
                if (tabAtGaps && gap > size * 2.5)
                {
                    text.Append('\t');
                }
                else if (pendingSpace || gap > size)
                {
                    text.Append(' ');
                }
            }
            text.Append(letter.Value);
            previous = letter;
            pendingSpace = false;
        }
        return (text.ToString(), pendingSpace);
    }

    private static PdfTable? ReadTable(int page, PdfGrid grid, List<Letter> letters, Func<Letter, int> lineOf)
    {
        var cellLetters = new Dictionary<int, List<Letter>>();
        foreach (var letter in letters)
        {
            var center = Center(letter);
            var column = Band(grid.Columns, center.X, ascending: true);
            var row = Band(grid.Rows, center.Y, ascending: false);
            if (column < 0 || row < 0)
            {
                continue;
            }
            var cell = grid.CellAt(row, column);
            if (!cellLetters.TryGetValue(cell, out var list))
            {
                cellLetters[cell] = list = [];
            }
            list.Add(letter);
        }
        if (cellLetters.Count == 0)
        {
            return null;
        }
        var cells = grid.Cells.Select((c, i) => new SpanCell(c.Row, c.Column, c.RowSpan, c.ColumnSpan, cellLetters.TryGetValue(i, out var l) ? CellText(l, grid.Columns[c.Column], grid.Columns[c.Column + c.ColumnSpan]) : "")).ToList();
        var expanded = TableGrid.Expand(cells, grid.Rows.Count - 1, grid.Columns.Count - 1);
        var rows = new List<PdfTableRow>();
        for (var r = 0; r < expanded.Length; r++)
        {
            var inRow = cellLetters.Where(kv => grid.Cells[kv.Key].Row == r).SelectMany(kv => kv.Value).Where(l => !IsSpace(l)).Select(lineOf).ToList();
            rows.Add(new PdfTableRow(page, expanded[r], inRow.Count == 0 ? 0 : inRow.Min(), inRow.Count == 0 ? 0 : inRow.Max()));
        }
        return new PdfTable(page, grid.Rows[0], grid.Rows[^1], rows, grid.Columns);
    }

    /// <summary>
    /// A cell's lines joined. Word processors do not draw the space a cell's line wrapped at, so the line's fill
    /// tells: a line that stops short of the cell's right edge wrapped at a space; a line that ran to the edge wrapped
    /// at a space or inside a word, which the whole document's wrapping decides (<see cref="PdfWraps"/>); a line
    /// ending in a mark lines break at without a space is joined straight on.
    /// </summary>
    private static string CellText(List<Letter> letters, double left, double right)
    {
        var text = new StringBuilder();
        var rows = Rows(letters).Select(r => r.Where(l => !IsSpace(l)).ToList()).Where(r => r.Count > 0).ToList();
        // Cells are padded alike on both sides: the text may reach the right border less the left padding.
        var padding = rows.Count == 0 ? 0 : Math.Max(0, rows.Min(r => r[0].BoundingBox.Left) - left);
        var innerRight = right - padding;
        List<Letter>? previous = null;
        var previousLine = "";
        foreach (var row in Rows(letters))
        {
            var line = Join(row, tabAtGaps: false).Text.Trim();
            if (line.Length == 0)
            {
                continue;
            }
            if (previous is not null && text.Length > 0 && !NoSpaceAfter.Contains(text[^1]) && !NoSpaceBefore.Contains(line[0]))
            {
                var ink = previous.Where(l => !IsSpace(l)).ToList();
                var ranToEdge = ink.Count > 0 && ink[^1].BoundingBox.Right >= innerRight - Size(ink[^1]) * 1.05;
                // One word that filled the cell's width was broken where it had to be: no space is lost there.
                if (!(ranToEdge && !previousLine.Contains(' ')))
                {
                    text.Append(PdfWraps.Mark(ranToEdge, text[^1], line[0]));
                }
            }
            text.Append(line);
            previous = row;
            previousLine = line;
        }
        return text.ToString();
    }

    internal const string NoSpaceAfter = "-/·~([<「『‘“";
    internal const string NoSpaceBefore = ").,]>·」』’”%";

    /// <summary>The index of the band between consecutive borders that holds the value, or -1.</summary>
    private static int Band(IReadOnlyList<double> borders, double value, bool ascending)
    {
        for (var i = 0; i + 1 < borders.Count; i++)
        {
            var (low, high) = ascending ? (borders[i], borders[i + 1]) : (borders[i + 1], borders[i]);
            if (value >= low && value <= high)
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>Where a letter stands; a space by its left edge, since the space a line wrapped at may stick out past the cell's border.</summary>
    private static PdfPoint Center(Letter letter) =>
        new(IsSpace(letter) ? letter.BoundingBox.Left + 0.1 : (letter.BoundingBox.Left + letter.BoundingBox.Right) / 2, letter.StartBaseLine.Y + Size(letter) * 0.3);

    internal static bool IsSpace(Letter letter) => string.IsNullOrWhiteSpace(letter.Value);

    private static double Size(Letter letter) => letter.PointSize > 0 ? letter.PointSize : Math.Max(letter.BoundingBox.Height, 1.0);
}
