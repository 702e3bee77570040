using System.Globalization;
using System.Text.RegularExpressions;
using Corpus.Model;

namespace Corpus.Parsing;

/// <summary>
/// Turns a block of tab-separated lines into a <see cref="DocumentTable"/>: a second header row is one
/// whose first cell is empty under a first row with spanning (empty) cells; the first header cell's span
/// is the number of row-header columns; a data row with empty leading header cells belongs to the group above.
/// </summary>
public static partial class TableParser
{
    [GeneratedRegex(@"^-?\d{1,3}(,\d{3})*(\.\d+)?$|^-?\d+(\.\d+)?$")]
    private static partial Regex NumericCell();

    [GeneratedRegex(@"\(\s*단위\s*[:：]\s*(?<unit>[^)]+)\)")]
    private static partial Regex UnitNote();

    public static DocumentTable Parse(string doc, int index, string? titleLine, int? titleLineNumber, int firstLine, IReadOnlyList<string> lines)
    {
        var rows = lines.Select(l => l.Split('\t').Select(c => c.Trim()).ToArray()).ToList();
        var width = rows.Max(r => r.Length);
        var header = Pad(rows[0], width);
        var hasSubHeader = rows.Count >= 3 && Pad(rows[1], width)[0].Length == 0
            && header.Skip(1).Any(c => c.Length == 0)
            && Pad(rows[1], width).Skip(1).Where(c => c.Length > 0).All(c => c.Length <= 10);
        var subHeader = hasSubHeader ? Pad(rows[1], width) : null;
        var dataStart = hasSubHeader ? 2 : 1;

        var columnPaths = BuildColumnPaths(header, subHeader, width);
        var rowHeaderWidth = RowHeaderWidth(header, subHeader, rows.Skip(dataStart).ToList());
        var (title, unit) = ReadTitle(titleLine);

        var dataRows = new List<TableRow>();
        string[] previousHeader = new string[rowHeaderWidth];
        for (var r = dataStart; r < rows.Count; r++)
        {
            var cells = Pad(rows[r], width);
            var rowHeader = new string[rowHeaderWidth];
            for (var c = 0; c < rowHeaderWidth; c++)
            {
                // An empty leading header cell continues the group of the row above (참고 2's 대분류).
                rowHeader[c] = cells[c].Length == 0 && c < rowHeaderWidth - 1 ? previousHeader[c] ?? "" : cells[c];
            }
            previousHeader = rowHeader;
            var rowPath = rowHeader.Where(h => h.Length > 0).ToArray();
            var line = firstLine + r;
            var tableCells = new List<TableCell>();
            for (var c = rowHeaderWidth; c < width; c++)
            {
                tableCells.Add(new TableCell(rowPath, columnPaths[c], cells[c], ReadNumber(cells[c]), unit, line, c));
            }
            dataRows.Add(new TableRow(line, lines[r], rowPath, tableCells));
        }
        return new DocumentTable(doc, index, title, unit, titleLineNumber, firstLine, firstLine + lines.Count - 1, rowHeaderWidth, columnPaths, dataRows);
    }

    public static (string? Title, string? Unit) ReadTitle(string? line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return (null, null);
        }
        var text = line.Trim().Trim('【', '】', '□', ' ').Trim();
        var unitMatch = UnitNote().Match(text);
        var unit = unitMatch.Success ? unitMatch.Groups["unit"].Value.Trim() : null;
        var title = unitMatch.Success ? text.Remove(unitMatch.Index, unitMatch.Length).Trim() : text;
        return (title, unit);
    }

    private static IReadOnlyList<IReadOnlyList<string>> BuildColumnPaths(string[] header, string[]? subHeader, int width)
    {
        var paths = new List<IReadOnlyList<string>>(width);
        var top = "";
        for (var c = 0; c < width; c++)
        {
            if (header[c].Length > 0)
            {
                top = header[c];
            }
            var sub = subHeader?[c] ?? "";
            paths.Add(sub.Length > 0 ? [top, sub] : [top]);
        }
        return paths;
    }

    private static int RowHeaderWidth(string[] header, string[]? subHeader, List<string[]> dataRows)
    {
        if (dataRows.Count > 0 && dataRows.All(r => r[0].StartsWith('<') || r[0].Length > 60))
        {
            // Cells that are whole blocks (an HTML-like list per column) have no row headers.
            return 0;
        }
        var span = 1;
        while (span < header.Length && header[span].Length == 0 && (subHeader is null || subHeader[span].Length == 0))
        {
            span++;
        }
        return Math.Min(span, header.Length - 1);
    }

    private static string[] Pad(string[] cells, int width) =>
        cells.Length >= width ? cells : [.. cells, .. Enumerable.Repeat("", width - cells.Length)];

    private static double? ReadNumber(string text) =>
        NumericCell().IsMatch(text) ? double.Parse(text.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) : null;
}
