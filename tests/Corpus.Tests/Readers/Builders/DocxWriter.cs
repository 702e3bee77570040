using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Corpus.Tests.Readers.Builders;

/// <summary>Writes blocks as a Word document with the Open XML SDK: paragraphs, empty paragraphs, and bordered tables whose merged header cells use gridSpan and vMerge.</summary>
public static class DocxWriter
{
    public static void Write(string path, IReadOnlyList<TextBlock> blocks)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var body = new Body();
        foreach (var block in blocks)
        {
            switch (block)
            {
                case ParagraphBlock p:
                    body.Append(Paragraph(p.Text));
                    break;
                case BlankBlock:
                    body.Append(new Paragraph());
                    break;
                case TableBlock t:
                    body.Append(Table(t));
                    break;
            }
        }
        body.Append(new SectionProperties(
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 1134, Bottom = 1134, Left = 1134U, Right = 1134U, Header = 567U, Footer = 567U, Gutter = 0U }));
        main.Document = new Document(body);
        main.Document.Save();
    }

    public static Paragraph Paragraph(string text) => new(Run(text));

    private static Run Run(string text) => new(
        new RunProperties(new RunFonts { Ascii = "NanumGothic", HighAnsi = "NanumGothic", EastAsia = "NanumGothic" }, new FontSize { Val = "18" }),
        new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    private static Table Table(TableBlock block)
    {
        var width = block.Width;
        var table = new Table(new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));
        table.Append(new TableGrid(Enumerable.Range(0, width).Select(_ => new GridColumn { Width = (9638 / width).ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        for (var r = 0; r < block.Rows.Count; r++)
        {
            // Rows kept whole on a page, columns at the grid's widths: as a ministry's table template sets them.
            var row = new TableRow(new TableRowProperties(new CantSplit()));
            for (var c = 0; c < width; c++)
            {
                var merge = block.MergeAt(r, c);
                var coveringVertical = block.Merges.FirstOrDefault(m => m.RowSpan > 1 && m.Column == c && r > m.Row && r < m.Row + m.RowSpan);
                if (block.IsCovered(r, c) && coveringVertical.RowSpan == 0)
                {
                    continue;   // covered by a gridSpan to its left
                }
                var properties = new TableCellProperties();
                var span = merge?.ColumnSpan ?? coveringVertical.ColumnSpan;
                if (span > 1)
                {
                    properties.Append(new GridSpan { Val = span });
                }
                if (merge is { RowSpan: > 1 })
                {
                    properties.Append(new VerticalMerge { Val = MergedCellValues.Restart });
                }
                else if (coveringVertical.RowSpan > 0)
                {
                    properties.Append(new VerticalMerge());
                }
                var text = coveringVertical.RowSpan > 0 ? "" : block.Rows[r][c];
                row.Append(new TableCell(properties, text.Length == 0 ? new Paragraph() : Paragraph(text)));
                c += Math.Max(span, 1) - 1;
            }
            table.Append(row);
        }
        return table;
    }
}
