using System.IO.Compression;
using System.Security;
using System.Text;

namespace Corpus.Tests.Readers.Builders;

/// <summary>
/// Writes blocks as an HWPX package the way Hancom Office lays it out: mimetype (stored, first),
/// META-INF/container.xml, Contents/content.hpf with its spine, Contents/header.xml, and Contents/section0.xml whose
/// paragraphs are hp:p → hp:run → hp:t and whose tables are hp:tbl → hp:tr → hp:tc with hp:cellAddr and hp:cellSpan.
/// </summary>
public static class HwpxWriter
{
    private const string Namespaces =
        "xmlns:hp=\"http://www.hancom.co.kr/hwpml/2011/paragraph\" xmlns:hs=\"http://www.hancom.co.kr/hwpml/2011/section\" " +
        "xmlns:hh=\"http://www.hancom.co.kr/hwpml/2011/head\" xmlns:hc=\"http://www.hancom.co.kr/hwpml/2011/core\"";

    public static void Write(string path, IReadOnlyList<TextBlock> blocks, bool withManifest = true)
    {
        File.Delete(path);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        Add(zip, "mimetype", "application/hwp+zip", CompressionLevel.NoCompression);
        Add(zip, "version.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\" ?><hv:HCFVersion xmlns:hv=\"http://www.hancom.co.kr/hwpml/2011/version\" tagetApplication=\"WORDPROCESSOR\" major=\"5\" minor=\"1\" micro=\"0\" buildNumber=\"1\"/>");
        Add(zip, "META-INF/container.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\" ?><ocf:container xmlns:ocf=\"urn:oasis:names:tc:opendocument:xmlns:container\"><ocf:rootfiles><ocf:rootfile full-path=\"Contents/content.hpf\" media-type=\"application/hwpml-package+xml\"/></ocf:rootfiles></ocf:container>");
        if (withManifest)
        {
            Add(zip, "META-INF/manifest.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\" ?><odf:manifest xmlns:odf=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"/>");
        }
        Add(zip, "Contents/content.hpf", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\" ?><opf:package xmlns:opf=\"http://www.idpf.org/2007/opf/\" version=\"\" unique-identifier=\"\" id=\"\"><opf:metadata><opf:language>ko</opf:language></opf:metadata><opf:manifest><opf:item id=\"header\" href=\"Contents/header.xml\" media-type=\"application/xml\"/><opf:item id=\"section0\" href=\"Contents/section0.xml\" media-type=\"application/xml\"/></opf:manifest><opf:spine><opf:itemref idref=\"header\" linear=\"yes\"/><opf:itemref idref=\"section0\" linear=\"yes\"/></opf:spine></opf:package>");
        Add(zip, "Contents/header.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\" ?><hh:head {Namespaces} version=\"1.4\" secCnt=\"1\"><hh:beginNum page=\"1\" footnote=\"1\" endnote=\"1\" pic=\"1\" tbl=\"1\" equation=\"1\"/></hh:head>");
        Add(zip, "Contents/section0.xml", Section(blocks));
    }

    private static string Section(IReadOnlyList<TextBlock> blocks)
    {
        var xml = new StringBuilder($"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\" ?><hs:sec {Namespaces}>");
        var id = 0;
        foreach (var block in blocks)
        {
            switch (block)
            {
                case ParagraphBlock p:
                    xml.Append(Paragraph(p.Text));
                    break;
                case BlankBlock:
                    xml.Append(Paragraph(""));
                    break;
                case TableBlock t:
                    xml.Append($"<hp:p id=\"0\" paraPrIDRef=\"0\" styleIDRef=\"0\"><hp:run charPrIDRef=\"0\"><hp:tbl id=\"{++id}\" rowCnt=\"{t.Rows.Count}\" colCnt=\"{t.Width}\" cellSpacing=\"0\" borderFillIDRef=\"1\">");
                    for (var r = 0; r < t.Rows.Count; r++)
                    {
                        xml.Append("<hp:tr>");
                        for (var c = 0; c < t.Width; c++)
                        {
                            if (t.IsCovered(r, c))
                            {
                                continue;
                            }
                            var merge = t.MergeAt(r, c);
                            xml.Append("<hp:tc name=\"\" header=\"0\" borderFillIDRef=\"1\"><hp:subList id=\"\" textDirection=\"HORIZONTAL\" vertAlign=\"CENTER\">")
                                .Append(Paragraph(t.Rows[r][c]))
                                .Append($"</hp:subList><hp:cellAddr colAddr=\"{c}\" rowAddr=\"{r}\"/><hp:cellSpan colSpan=\"{merge?.ColumnSpan ?? 1}\" rowSpan=\"{merge?.RowSpan ?? 1}\"/><hp:cellSz width=\"4000\" height=\"282\"/></hp:tc>");
                        }
                        xml.Append("</hp:tr>");
                    }
                    xml.Append("</hp:tbl><hp:t/></hp:run></hp:p>");
                    break;
            }
        }
        return xml.Append("</hs:sec>").ToString();
    }

    private static string Paragraph(string text) =>
        $"<hp:p id=\"0\" paraPrIDRef=\"0\" styleIDRef=\"0\"><hp:run charPrIDRef=\"0\">{(text.Length == 0 ? "" : $"<hp:t>{SecurityElement.Escape(text)}</hp:t>")}</hp:run></hp:p>";

    private static void Add(ZipArchive zip, string name, string content, CompressionLevel level = CompressionLevel.Optimal)
    {
        using var stream = zip.CreateEntry(name, level).Open();
        stream.Write(new UTF8Encoding(false).GetBytes(content));
    }
}
