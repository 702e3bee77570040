using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Corpus.Readers;

/// <summary>A ruled table's grid: row borders top to bottom (PDF y, descending), column borders left to right, and its cells with their spans.</summary>
internal sealed class PdfGrid(IReadOnlyList<double> rows, IReadOnlyList<double> columns, IReadOnlyList<(int Row, int Column, int RowSpan, int ColumnSpan)> cells)
{
    private readonly int[,] _cellAt = Index(rows.Count - 1, columns.Count - 1, cells);

    public IReadOnlyList<double> Rows { get; } = rows;
    public IReadOnlyList<double> Columns { get; } = columns;
    public IReadOnlyList<(int Row, int Column, int RowSpan, int ColumnSpan)> Cells { get; } = cells;

    /// <summary>The index in <see cref="Cells"/> of the cell covering a grid position.</summary>
    public int CellAt(int row, int column) => _cellAt[row, column];

    private static int[,] Index(int height, int width, IReadOnlyList<(int Row, int Column, int RowSpan, int ColumnSpan)> cells)
    {
        var index = new int[height, width];
        for (var i = 0; i < cells.Count; i++)
        {
            for (var r = cells[i].Row; r < cells[i].Row + cells[i].RowSpan; r++)
            {
                for (var c = cells[i].Column; c < cells[i].Column + cells[i].ColumnSpan; c++)
                {
                    index[r, c] = i;
                }
            }
        }
        return index;
    }
}

/// <summary>
/// Finds ruled tables on a page from the horizontal and vertical lines drawn on it: lines that touch form one
/// table; its distinct line positions are the grid; two grid positions side by side (or one above the other) with
/// no border drawn between them belong to one merged cell.
/// </summary>
internal static class PdfRulings
{
    private const double Tolerance = 2.0;

    private readonly record struct Segment(bool Horizontal, double At, double From, double To);

    public static List<PdfGrid> FindGrids(Page page)
    {
        var segments = Merge(Segments(page));
        var groups = Connected(segments);
        var grids = new List<PdfGrid>();
        foreach (var group in groups)
        {
            var horizontal = group.Where(s => s.Horizontal).ToList();
            var vertical = group.Where(s => !s.Horizontal).ToList();
            if (horizontal.Count < 2 || vertical.Count < 2)
            {
                continue;
            }
            var rows = Distinct(horizontal.Select(s => s.At)).OrderByDescending(y => y).ToList();
            var columns = Distinct(vertical.Select(s => s.At)).Order().ToList();
            if (rows.Count < 2 || columns.Count < 2)
            {
                continue;
            }
            grids.Add(new PdfGrid(rows, columns, Cells(rows, columns, horizontal, vertical)));
        }
        return grids;
    }

    private static List<Segment> Segments(Page page)
    {
        var segments = new List<Segment>();
        foreach (var path in page.Paths.Where(p => p.IsStroked || p.IsFilled))
        {
            foreach (var subpath in path)
            {
                if (subpath.GetBoundingRectangle() is not { } box)
                {
                    continue;
                }
                if (box.Height <= 2.5 && box.Width >= 3)
                {
                    segments.Add(new Segment(true, (box.Top + box.Bottom) / 2, box.Left, box.Right));
                }
                else if (box.Width <= 2.5 && box.Height >= 3)
                {
                    segments.Add(new Segment(false, (box.Left + box.Right) / 2, box.Bottom, box.Top));
                }
                else if (path.IsStroked)
                {
                    // A stroked rectangle or polyline: each of its straight, axis-parallel sides is a border.
                    PdfPoint? start = null;
                    PdfPoint? last = null;
                    foreach (var command in subpath.Commands)
                    {
                        switch (command)
                        {
                            case PdfSubpath.Move move:
                                start = last = move.Location;
                                break;
                            case PdfSubpath.Line line:
                                Add(segments, line.From, line.To);
                                last = line.To;
                                break;
                            case PdfSubpath.Close when start is { } s && last is { } l:
                                Add(segments, l, s);
                                break;
                        }
                    }
                }
            }
        }
        return segments;
    }

    private static void Add(List<Segment> segments, PdfPoint from, PdfPoint to)
    {
        if (Math.Abs(from.Y - to.Y) <= 0.5 && Math.Abs(from.X - to.X) >= 3)
        {
            segments.Add(new Segment(true, from.Y, Math.Min(from.X, to.X), Math.Max(from.X, to.X)));
        }
        else if (Math.Abs(from.X - to.X) <= 0.5 && Math.Abs(from.Y - to.Y) >= 3)
        {
            segments.Add(new Segment(false, from.X, Math.Min(from.Y, to.Y), Math.Max(from.Y, to.Y)));
        }
    }

    /// <summary>
    /// Joins collinear segments that touch or overlap (a border is often drawn cell by cell, and its pieces may stand a
    /// fraction of a point apart): segments within the tolerance of one another across are one line, and along it the
    /// pieces that touch are joined from the lowest start to the highest end.
    /// </summary>
    private static List<Segment> Merge(List<Segment> segments)
    {
        var merged = new List<Segment>();
        foreach (var group in segments.GroupBy(s => s.Horizontal))
        {
            var sorted = group.OrderBy(s => s.At).ToList();
            var line = new List<Segment>();
            foreach (var segment in sorted)
            {
                if (line.Count > 0 && segment.At - line[^1].At > Tolerance)
                {
                    merged.AddRange(Join(line));
                    line.Clear();
                }
                line.Add(segment);
            }
            merged.AddRange(Join(line));
        }
        return merged;
    }

    /// <summary>The pieces of one line joined where they touch or overlap along it.</summary>
    private static List<Segment> Join(List<Segment> pieces)
    {
        var joined = new List<Segment>();
        foreach (var piece in pieces.OrderBy(p => p.From))
        {
            if (joined.Count > 0 && piece.From <= joined[^1].To + Tolerance)
            {
                joined[^1] = joined[^1] with { To = Math.Max(joined[^1].To, piece.To) };
            }
            else
            {
                joined.Add(piece);
            }
        }
        return joined;
    }

    private static List<List<Segment>> Connected(List<Segment> segments)
    {
        var parent = Enumerable.Range(0, segments.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        for (var i = 0; i < segments.Count; i++)
        {
            for (var j = i + 1; j < segments.Count; j++)
            {
                if (segments[i].Horizontal != segments[j].Horizontal && Touch(segments[i], segments[j]))
                {
                    parent[Find(i)] = Find(j);
                }
            }
        }
        return Enumerable.Range(0, segments.Count).GroupBy(Find).Select(g => g.Select(i => segments[i]).ToList()).ToList();
    }

    private static bool Touch(Segment a, Segment b)
    {
        var (h, v) = a.Horizontal ? (a, b) : (b, a);
        return v.At >= h.From - Tolerance && v.At <= h.To + Tolerance && h.At >= v.From - Tolerance && h.At <= v.To + Tolerance;
    }

    private static List<double> Distinct(IEnumerable<double> values)
    {
        var distinct = new List<double>();
        foreach (var value in values.Order())
        {
            if (distinct.Count == 0 || value - distinct[^1] > Tolerance)
            {
                distinct.Add(value);
            }
        }
        return distinct;
    }

    /// <summary>Grid positions joined into cells wherever no border separates them.</summary>
    private static List<(int Row, int Column, int RowSpan, int ColumnSpan)> Cells(List<double> rows, List<double> columns, List<Segment> horizontal, List<Segment> vertical)
    {
        var height = rows.Count - 1;
        var width = columns.Count - 1;
        bool BorderRight(int r, int c) => vertical.Any(v => Math.Abs(v.At - columns[c + 1]) <= Tolerance && Covers(v, rows[r + 1], rows[r]));
        bool BorderBelow(int r, int c) => horizontal.Any(h => Math.Abs(h.At - rows[r + 1]) <= Tolerance && Covers(h, columns[c], columns[c + 1]));
        var owner = new int[height, width];
        var cells = new List<(int Row, int Column, int RowSpan, int ColumnSpan)>();
        for (var r = 0; r < height; r++)
        {
            for (var c = 0; c < width; c++)
            {
                owner[r, c] = -1;
            }
        }
        for (var r = 0; r < height; r++)
        {
            for (var c = 0; c < width; c++)
            {
                if (owner[r, c] >= 0)
                {
                    continue;
                }
                var columnSpan = 1;
                while (c + columnSpan < width && !BorderRight(r, c + columnSpan - 1) && owner[r, c + columnSpan] < 0)
                {
                    columnSpan++;
                }
                var rowSpan = 1;
                while (r + rowSpan < height && Enumerable.Range(c, columnSpan).All(x => !BorderBelow(r + rowSpan - 1, x) && owner[r + rowSpan, x] < 0))
                {
                    rowSpan++;
                }
                for (var y = r; y < r + rowSpan; y++)
                {
                    for (var x = c; x < c + columnSpan; x++)
                    {
                        owner[y, x] = cells.Count;
                    }
                }
                cells.Add((r, c, rowSpan, columnSpan));
            }
        }
        return cells;
    }

    /// <summary>True when a border runs along most of the stretch between two grid lines.</summary>
    private static bool Covers(Segment segment, double low, double high)
    {
        var overlap = Math.Min(segment.To, high) - Math.Max(segment.From, low);
        return overlap >= (high - low) * 0.6;
    }
}
