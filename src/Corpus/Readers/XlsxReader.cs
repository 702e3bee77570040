using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Corpus.Readers;

/// <summary>
/// XLSX with the Open XML SDK: every worksheet in workbook order, laid out as a sheet (title cells above a table
/// become lines before it, merged header cells are expanded so the header rows give each column its path, a unit
/// in a header or title cell stays in its text). Numbers are shown as their cell format shows them (7,020;
/// 40.5%), and each line keeps the text the file stores (<see cref="SourceDocument.StoredLines"/>: a number's
/// value as written in the cell, 7020 and 0.405), which is what a reader of the file finds and so what citations
/// quote. Lines are labelled with the sheet and cell range ("시트1!A5:G5").
/// </summary>
public sealed partial class XlsxReader : IDocumentReader
{
    [GeneratedRegex(@"^(?<col>[A-Z]+)(?<row>\d+)$")]
    private static partial Regex CellReference();

    public string Format => "xlsx";

    public SourceDocument Read(string path)
    {
        using var document = Open(path);
        var workbookPart = document.WorkbookPart ?? throw new UnreadableDocumentException(SkipReasons.Corrupt(Format));
        var shared = workbookPart.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(ItemText).ToArray() ?? [];
        var formats = new CellFormatter(workbookPart.WorkbookStylesPart?.Stylesheet);
        var lines = new DocumentLines();
        var sheets = workbookPart.Workbook?.Sheets?.Elements<Sheet>() ?? [];
        foreach (var sheet in sheets)
        {
            if (sheet.Id?.Value is not { } id || workbookPart.GetPartById(id) is not WorksheetPart worksheetPart || worksheetPart.Worksheet is null)
            {
                continue;   // chart sheets and dialog sheets hold no cells
            }
            var name = sheet.Name?.Value ?? "Sheet";
            var rows = ReadRows(worksheetPart.Worksheet, shared, formats);
            SheetLayout.Write(lines, rows, (row, first, last) => LocationLabels.SheetRange(name, row, first, last));
        }
        return lines.Build(path, Format);
    }

    private SpreadsheetDocument Open(string path)
    {
        try
        {
            return SpreadsheetDocument.Open(path, false);
        }
        catch (Exception e) when (e is DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or InvalidDataException or FileFormatException)
        {
            throw new UnreadableDocumentException(DocxReader.IsEncrypted(path) ? SkipReasons.Encrypted : SkipReasons.Corrupt(Format), e);
        }
    }

    private static List<SheetRow> ReadRows(Worksheet worksheet, string[] shared, CellFormatter formats)
    {
        var cells = new Dictionary<(int Row, int Column), (string Shown, string Stored)>();
        foreach (var row in worksheet.Descendants<Row>())
        {
            foreach (var cell in row.Elements<Cell>())
            {
                if (cell.CellReference?.Value is { } reference && CellReference().Match(reference) is { Success: true } match)
                {
                    var text = CellText(cell, shared, formats);
                    if (text.Shown.Length > 0)
                    {
                        cells[(int.Parse(match.Groups["row"].Value, CultureInfo.InvariantCulture), LocationLabels.ColumnIndex(match.Groups["col"].Value))] = text;
                    }
                }
            }
        }
        // A merged range shows its top-left cell's text over the whole range: the text stays in its first position.
        foreach (var merge in worksheet.Descendants<MergeCell>())
        {
            var range = merge.Reference?.Value?.Split(':');
            if (range is not { Length: 2 } || CellReference().Match(range[0]) is not { Success: true } from || CellReference().Match(range[1]) is not { Success: true } to)
            {
                continue;
            }
            var top = int.Parse(from.Groups["row"].Value, CultureInfo.InvariantCulture);
            var left = LocationLabels.ColumnIndex(from.Groups["col"].Value);
            var bottom = int.Parse(to.Groups["row"].Value, CultureInfo.InvariantCulture);
            var right = LocationLabels.ColumnIndex(to.Groups["col"].Value);
            for (var r = top; r <= bottom; r++)
            {
                for (var c = left; c <= right; c++)
                {
                    if (r != top || c != left)
                    {
                        cells.Remove((r, c));
                    }
                }
            }
        }
        return cells.GroupBy(c => c.Key.Row)
            .Select(g => new SheetRow(g.Key, g.ToDictionary(c => c.Key.Column, c => c.Value.Shown), g.ToDictionary(c => c.Key.Column, c => c.Value.Stored)))
            .ToList();
    }

    /// <summary>A cell's text as Excel shows it, and as the file stores it (a number's or boolean's value as written in its &lt;v&gt;).</summary>
    private static (string Shown, string Stored) CellText(Cell cell, string[] shared, CellFormatter formats)
    {
        var raw = cell.CellValue?.Text ?? "";
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            var text = int.TryParse(raw, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < shared.Length ? shared[index] : "";
            return (text, text);
        }
        if (type == CellValues.InlineString)
        {
            var text = cell.InlineString is { } inline ? ItemText(inline) : raw;
            return (text, text);
        }
        if (type == CellValues.Boolean)
        {
            return (raw == "1" ? "TRUE" : raw == "0" ? "FALSE" : raw, raw);
        }
        if (type == CellValues.String || type == CellValues.Error)
        {
            return (raw, raw);
        }
        return (formats.Format(raw, cell.StyleIndex?.Value), raw.Trim());
    }

    /// <summary>A shared or inline string's text: its runs' text, without the phonetic guides (rPh) some Asian files carry.</summary>
    private static string ItemText(DocumentFormat.OpenXml.OpenXmlElement item) =>
        string.Concat(item.Descendants<Text>().Where(t => t.Parent is not PhoneticRun).Select(t => t.Text));
}
