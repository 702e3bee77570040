using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Corpus.Readers;

/// <summary>
/// HWPX (OWPML, KS X 6101): a zip whose <c>Contents/section*.xml</c> hold the body, in the order the
/// <c>Contents/content.hpf</c> spine gives (else by section number). Paragraphs are <c>hp:p</c> → <c>hp:run</c> →
/// <c>hp:t</c>; tables are <c>hp:tbl</c> → <c>hp:tr</c> → <c>hp:tc</c> placed by <c>hp:cellAddr</c> and spread by
/// <c>hp:cellSpan</c>. Text boxes and foot/endnotes are read where they are anchored; a nested table's text stays
/// in its cell (in reading order) and the nested table also follows its table as a table of its own. Lines are
/// labelled "문단 N" (the body's Nth paragraph) and "표 T · R행". The manifest is not needed.
/// </summary>
public sealed partial class HwpxReader : IDocumentReader
{
    private static readonly XNamespace Hp = "http://www.hancom.co.kr/hwpml/2011/paragraph";
    private static readonly XNamespace Opf = "http://www.idpf.org/2007/opf/";

    [GeneratedRegex(@"^Contents/section(\d+)\.xml$", RegexOptions.IgnoreCase)]
    private static partial Regex SectionEntry();

    public string Format => "hwpx";

    public SourceDocument Read(string path)
    {
        using var zip = OpenZip(path);
        var sections = SectionOrder(zip);
        if (sections.Count == 0)
        {
            throw new UnreadableDocumentException(SkipReasons.Corrupt(Format));
        }
        var walker = new Walker();
        foreach (var entry in sections)
        {
            using var stream = entry.Open();
            walker.Section(LoadXml(stream).Root!);
        }
        return walker.Lines.Build(path, Format);
    }

    internal static ZipArchive OpenZip(string path)
    {
        try
        {
            return ZipFile.OpenRead(path);
        }
        catch (InvalidDataException e)
        {
            throw new UnreadableDocumentException(SkipReasons.Corrupt(System.IO.Path.GetExtension(path).TrimStart('.')), e);
        }
    }

    internal static XDocument LoadXml(Stream stream)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        using var reader = XmlReader.Create(stream, settings);
        return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
    }

    /// <summary>The section parts in reading order: the package spine when it names them, else section0, section1, … by number.</summary>
    private static List<ZipArchiveEntry> SectionOrder(ZipArchive zip)
    {
        var sections = zip.Entries.Where(e => SectionEntry().IsMatch(e.FullName)).ToList();
        var byNumber = sections.OrderBy(e => int.Parse(SectionEntry().Match(e.FullName).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        if (zip.GetEntry("Contents/content.hpf") is not { } hpf)
        {
            return byNumber;
        }
        try
        {
            using var stream = hpf.Open();
            var package = LoadXml(stream).Root!;
            var hrefs = package.Descendants(Opf + "item").Where(i => i.Attribute("id") is not null)
                .GroupBy(i => (string)i.Attribute("id")!).ToDictionary(g => g.Key, g => (string?)g.First().Attribute("href") ?? "");
            var spine = package.Descendants(Opf + "itemref").Select(r => hrefs.GetValueOrDefault((string?)r.Attribute("idref") ?? "") ?? "")
                .Select(href => sections.FirstOrDefault(s => string.Equals(s.FullName, href, StringComparison.OrdinalIgnoreCase)))
                .OfType<ZipArchiveEntry>().Distinct().ToList();
            // Sections the spine forgets still hold text: they follow in number order.
            return spine.Count == 0 ? byNumber : [.. spine, .. byNumber.Except(spine)];
        }
        catch (XmlException)
        {
            return byNumber;
        }
    }

    /// <summary>Walks the body in reading order, writing paragraphs and tables as it meets them.</summary>
    private sealed class Walker
    {
        private readonly List<XElement> _pendingNested = [];
        private int _paragraphs;
        private int _tables;

        public DocumentLines Lines { get; } = new();

        public void Section(XElement section)
        {
            foreach (var paragraph in section.Elements(Hp + "p"))
            {
                _paragraphs++;
                Paragraph(paragraph, LocationLabels.Paragraph(_paragraphs));
            }
        }

        private void Paragraph(XElement paragraph, string location)
        {
            var text = new StringBuilder();
            var notes = new List<XElement>();
            foreach (var run in paragraph.Elements(Hp + "run"))
            {
                foreach (var item in run.Elements())
                {
                    if (item.Name == Hp + "t")
                    {
                        AppendText(text, item);
                    }
                    else if (item.Name == Hp + "tbl")
                    {
                        Flush(text, location);
                        Table(item);
                    }
                    else if (item.Name == Hp + "ctrl")
                    {
                        notes.AddRange(item.Elements().Where(e => e.Name.LocalName is "footNote" or "endNote"));
                    }
                    else if (item.Descendants(Hp + "subList").FirstOrDefault() is { } box && item.Name.LocalName is not "secPr")
                    {
                        // A shape with text (a text box): its paragraphs read where the shape is anchored.
                        Flush(text, location);
                        foreach (var inner in box.Elements(Hp + "p"))
                        {
                            Paragraph(inner, location);
                        }
                    }
                }
            }
            Flush(text, location);
            foreach (var note in notes)
            {
                foreach (var inner in note.Descendants(Hp + "subList").Take(1).Elements(Hp + "p"))
                {
                    Paragraph(inner, location);
                }
            }
        }

        private void Flush(StringBuilder text, string location)
        {
            Lines.Paragraph(text.ToString(), location);
            text.Clear();
        }

        private void Table(XElement table)
        {
            var number = ++_tables;
            var nestedStart = _pendingNested.Count;
            var cells = new List<SpanCell>();
            var row = 0;
            foreach (var tr in table.Elements(Hp + "tr"))
            {
                var column = 0;
                foreach (var tc in tr.Elements(Hp + "tc"))
                {
                    var address = tc.Element(Hp + "cellAddr");
                    var span = tc.Element(Hp + "cellSpan");
                    var r = Int(address, "rowAddr") ?? row;
                    var c = Int(address, "colAddr") ?? column;
                    var colSpan = Math.Max(1, Int(span, "colSpan") ?? 1);
                    cells.Add(new SpanCell(r, c, Math.Max(1, Int(span, "rowSpan") ?? 1), colSpan, CellText(tc)));
                    column = c + colSpan;
                }
                row++;
            }
            var grid = TableGrid.Expand(cells, Int(table, "rowCnt") ?? 0, Int(table, "colCnt") ?? 0);
            Lines.Table(grid.Select((cellsOfRow, r) => ((IReadOnlyList<string>)cellsOfRow, LocationLabels.TableRow(number, r + 1))));
            // Tables inside this table's cells follow it, each as a table of its own.
            var nested = _pendingNested.Skip(nestedStart).ToList();
            _pendingNested.RemoveRange(nestedStart, nested.Count);
            foreach (var inner in nested)
            {
                Table(inner);
            }
        }

        /// <summary>A cell's text: its paragraphs in order, nested tables' cells included, joined by spaces.</summary>
        private string CellText(XElement cell)
        {
            var parts = new List<string>();
            foreach (var element in cell.Descendants())
            {
                if (element.Name == Hp + "t")
                {
                    var text = new StringBuilder();
                    AppendText(text, element);
                    parts.Add(text.ToString());
                }
                else if (element.Name == Hp + "p")
                {
                    parts.Add(" ");
                }
                else if (element.Name == Hp + "tbl" && element.Ancestors(Hp + "tbl").First() == cell.Ancestors(Hp + "tbl").First())
                {
                    _pendingNested.Add(element);
                }
            }
            return DocumentLines.OneLine(string.Concat(parts));
        }

        private static void AppendText(StringBuilder text, XElement t)
        {
            foreach (var node in t.Nodes())
            {
                switch (node)
                {
                    case XText content:
                        text.Append(content.Value);
                        break;
                    case XElement { Name.LocalName: "tab" or "lineBreak" or "fwSpace" or "nbSpace" }:
                        text.Append(' ');
                        break;
                }
            }
        }

        private static int? Int(XElement? element, string attribute) =>
            int.TryParse((string?)element?.Attribute(attribute), System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}
