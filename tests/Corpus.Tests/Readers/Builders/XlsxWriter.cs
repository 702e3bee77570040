using System.Globalization;
using System.Text.RegularExpressions;
using Corpus.Readers;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Corpus.Tests.Readers.Builders;

/// <summary>
/// Writes blocks as a workbook with the Open XML SDK, the way a ministry's reference sheet looks: paragraphs in
/// column A, tables as cells with merged header ranges, figures as numbers with a number format (7,020 is the
/// number 7020 shown as #,##0), an empty row between blocks.
/// </summary>
public static partial class XlsxWriter
{
    [GeneratedRegex(@"^-?\d{1,3}(,\d{3})+$|^-?\d+$")]
    private static partial Regex Integer();

    [GeneratedRegex(@"^-?\d+\.(\d+)$")]
    private static partial Regex Decimal();

    private const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    public static void Write(string path, IReadOnlyList<TextBlock> blocks, string sheetName = "문서")
    {
        WritePackage(path, blocks, sheetName);
        UseDefaultNamespace(path);
    }

    /// <summary>
    /// The SDK writes SpreadsheetML with an "x:" prefix; Excel writes it as the default namespace, and tools that
    /// read sheets as text (the shared scorer among them) expect that, so the parts are rewritten as Excel has them.
    /// </summary>
    private static void UseDefaultNamespace(string path)
    {
        using var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Update);
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal)).ToList())
        {
            System.Xml.Linq.XDocument xml;
            using (var stream = entry.Open())
            {
                xml = System.Xml.Linq.XDocument.Load(stream);
            }
            var prefix = xml.Root!.Attributes().FirstOrDefault(a => a.IsNamespaceDeclaration && a.Value == MainNamespace && a.Name.Namespace == System.Xml.Linq.XNamespace.Xmlns);
            if (prefix is null)
            {
                continue;
            }
            prefix.Remove();
            xml.Root.SetAttributeValue("xmlns", MainNamespace);
            var name = entry.FullName;
            entry.Delete();
            using var output = zip.CreateEntry(name).Open();
            xml.Save(output, System.Xml.Linq.SaveOptions.DisableFormatting);
        }
    }

    private static void WritePackage(string path, IReadOnlyList<TextBlock> blocks, string sheetName)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Styles();
        var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        var merges = new MergeCells();
        var rowNumber = 0;
        foreach (var block in blocks)
        {
            switch (block)
            {
                case ParagraphBlock p:
                    rowNumber++;
                    data.Append(new Row(TextCell(0, rowNumber, p.Text)) { RowIndex = (uint)rowNumber });
                    break;
                case BlankBlock:
                    rowNumber++;
                    break;
                case TableBlock t:
                    for (var r = 0; r < t.Rows.Count; r++)
                    {
                        rowNumber++;
                        var row = new Row { RowIndex = (uint)rowNumber };
                        for (var c = 0; c < t.Width; c++)
                        {
                            // Merged-away and empty cells are not written, as Excel leaves them out.
                            if (!t.IsCovered(r, c) && t.Rows[r][c].Length > 0)
                            {
                                row.Append(Cell(c, rowNumber, t.Rows[r][c]));
                            }
                        }
                        data.Append(row);
                    }
                    foreach (var merge in t.Merges)
                    {
                        var top = rowNumber - t.Rows.Count + 1 + merge.Row;
                        merges.Append(new MergeCell
                        {
                            Reference = $"{LocationLabels.ColumnLetters(merge.Column)}{top}:{LocationLabels.ColumnLetters(merge.Column + merge.ColumnSpan - 1)}{top + merge.RowSpan - 1}",
                        });
                    }
                    break;
            }
        }
        var worksheet = new Worksheet(data);
        if (merges.HasChildren)
        {
            worksheet.Append(merges);
        }
        sheetPart.Worksheet = worksheet;
        var workbook = new Workbook(new Sheets(new Sheet { Name = sheetName, SheetId = 1U, Id = workbookPart.GetIdOfPart(sheetPart) }));
        workbookPart.Workbook = workbook;
        workbookPart.Workbook.Save();
    }

    private static Cell Cell(int column, int row, string text)
    {
        var trimmed = text.Trim();
        if (Integer().IsMatch(trimmed))
        {
            return new Cell
            {
                CellReference = Reference(column, row),
                StyleIndex = 1U,
                CellValue = new CellValue(trimmed.Replace(",", "", StringComparison.Ordinal)),
            };
        }
        if (Decimal().Match(trimmed) is { Success: true } d && d.Groups[1].Value.Length <= 2)
        {
            return new Cell
            {
                CellReference = Reference(column, row),
                StyleIndex = d.Groups[1].Value.Length == 1 ? 2U : 3U,
                CellValue = new CellValue(double.Parse(trimmed, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture)),
            };
        }
        return TextCell(column, row, text);
    }

    private static Cell TextCell(int column, int row, string text) => new()
    {
        CellReference = Reference(column, row),
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
    };

    private static string Reference(int column, int row) => $"{LocationLabels.ColumnLetters(column)}{row}";

    /// <summary>Styles 0: general; 1: #,##0; 2: 0.0; 3: 0.00.</summary>
    private static Stylesheet Styles()
    {
        var stylesheet = new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = 164U, FormatCode = "0.0" }) { Count = 1U },
            new Fonts(new Font()) { Count = 1U },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None })) { Count = 1U },
            new Borders(new Border()) { Count = 1U },
            new CellFormats(
                new CellFormat { NumberFormatId = 0U },
                new CellFormat { NumberFormatId = 3U, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = 164U, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = 2U, ApplyNumberFormat = true }) { Count = 4U });
        return stylesheet;
    }
}
