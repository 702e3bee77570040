using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Corpus.Readers;

/// <summary>
/// DOCX with the Open XML SDK: the body's paragraphs (also inside content controls) and tables in order; a
/// table's cells are placed on its grid with <c>w:gridSpan</c>, <c>w:gridBefore</c> and <c>w:vMerge</c>. Numbered
/// and bulleted paragraphs keep their text only: the number Word draws is not in the document's text, so it
/// could not be quoted. Lines are labelled "문단 N" and "표 T · R행".
/// </summary>
public sealed class DocxReader : IDocumentReader
{
    public string Format => "docx";

    public SourceDocument Read(string path)
    {
        using var document = Open(path);
        var body = document.MainDocumentPart?.Document?.Body ?? throw new UnreadableDocumentException(SkipReasons.Corrupt(Format));
        var walker = new Walker();
        walker.Blocks(body);
        return walker.Lines.Build(path, Format);
    }

    private WordprocessingDocument Open(string path)
    {
        try
        {
            return WordprocessingDocument.Open(path, false);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException)
        {
            throw new UnreadableDocumentException(IsEncrypted(path) ? SkipReasons.Encrypted : SkipReasons.Corrupt(Format), e);
        }
    }

    /// <summary>An encrypted Office file is an OLE compound file, not a zip.</summary>
    internal static bool IsEncrypted(string path)
    {
        Span<byte> head = stackalloc byte[8];
        using var stream = File.OpenRead(path);
        return stream.Read(head) == 8 && head.SequenceEqual((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
    }

    private sealed class Walker
    {
        private int _paragraphs;
        private int _tables;

        public DocumentLines Lines { get; } = new();

        public void Blocks(OpenXmlElement container)
        {
            foreach (var element in container.ChildElements)
            {
                switch (element)
                {
                    case Paragraph paragraph:
                        _paragraphs++;
                        Lines.Paragraph(Text(paragraph), LocationLabels.Paragraph(_paragraphs));
                        break;
                    case Table table:
                        Table(table);
                        break;
                    case SdtBlock sdt when sdt.SdtContentBlock is { } content:
                        Blocks(content);
                        break;
                    case CustomXmlBlock custom:
                        Blocks(custom);
                        break;
                }
            }
        }

        private void Table(Table table)
        {
            var number = ++_tables;
            var nested = new List<Table>();
            var cells = new List<SpanCell>();
            var rows = table.Elements<TableRow>().ToList();
            // A vertically merged cell continues the cell above it in the same grid column.
            var openMerges = new Dictionary<int, int>();
            for (var r = 0; r < rows.Count; r++)
            {
                var column = rows[r].TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
                foreach (var cell in rows[r].Elements<TableCell>())
                {
                    var properties = cell.TableCellProperties;
                    var span = Math.Max(1, properties?.GridSpan?.Val?.Value ?? 1);
                    var merge = properties?.VerticalMerge;
                    var continues = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                    if (continues && openMerges.TryGetValue(column, out var index))
                    {
                        cells[index] = cells[index] with { RowSpan = r - cells[index].Row + 1 };
                    }
                    else
                    {
                        openMerges[column] = cells.Count;
                        cells.Add(new SpanCell(r, column, 1, span, CellText(cell, nested)));
                    }
                    column += span;
                }
            }
            var width = table.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.TableGrid>()?.Elements<GridColumn>().Count() ?? 0;
            var grid = Readers.TableGrid.Expand(cells, rows.Count, width);
            Lines.Table(grid.Select((row, r) => ((IReadOnlyList<string>)row, LocationLabels.TableRow(number, r + 1))));
            foreach (var inner in nested)
            {
                Table(inner);
            }
        }

        /// <summary>A cell's paragraphs joined by spaces, nested tables' text included in reading order (the tables also follow as tables).</summary>
        private static string CellText(TableCell cell, List<Table> nested)
        {
            var parts = new List<string>();
            foreach (var element in cell.ChildElements)
            {
                switch (element)
                {
                    case Paragraph paragraph:
                        parts.Add(Text(paragraph));
                        break;
                    case Table table:
                        nested.Add(table);
                        parts.AddRange(table.Descendants<Paragraph>().Select(Text));
                        break;
                    case SdtBlock sdt:
                        parts.AddRange(sdt.Descendants<Paragraph>().Select(Text));
                        break;
                }
            }
            return DocumentLines.OneLine(string.Join(" ", parts));
        }

        /// <summary>A paragraph's text as written: runs' text, tabs and breaks as spaces; deleted revisions left out.</summary>
        private static string Text(Paragraph paragraph)
        {
            var text = new StringBuilder();
            foreach (var element in paragraph.Descendants())
            {
                switch (element)
                {
                    case Text t when t.Ancestors<DeletedRun>().FirstOrDefault() is null:
                        text.Append(t.Text);
                        break;
                    case TabChar or Break or CarriageReturn:
                        text.Append(' ');
                        break;
                    case NoBreakHyphen:
                        text.Append('-');
                        break;
                }
            }
            return text.ToString();
        }
    }
}
