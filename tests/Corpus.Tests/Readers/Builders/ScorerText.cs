using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Corpus.Tests.Readers.Builders;

/// <summary>
/// The shared scorer's view of a document in a format other than text (score.py's extract_text and
/// citation_valid, ported): the text a quote must be found in, compared with all whitespace and commas removed.
/// </summary>
public static partial class ScorerText
{
    public static bool QuoteFound(string quote, string documentText)
    {
        var wanted = Normalize(quote);
        return wanted.Length > 0 && Normalize(documentText).Contains(wanted, StringComparison.Ordinal);
    }

    public static string Normalize(string text) =>
        WhiteSpace().Replace(text.Normalize(NormalizationForm.FormKC), "").ToLowerInvariant().Replace(",", "", StringComparison.Ordinal);

    public static string Extract(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is ".csv" or ".tsv")
        {
            return Corpus.Readers.TextDecoding.Decode(File.ReadAllBytes(path)) ?? "";
        }
        if (extension == ".pdf")
        {
            SystemPackages.EnsurePdfTools();
            return SystemPackages.Run("pdftotext", $"-layout \"{path}\" -");
        }
        using var zip = System.IO.Compression.ZipFile.OpenRead(path);
        string Read(string name)
        {
            using var reader = new StreamReader(zip.GetEntry(name)!.Open());
            return reader.ReadToEnd();
        }
        var output = new List<string>();
        if (extension == ".hwpx")
        {
            foreach (var entry in zip.Entries.Select(e => e.FullName).Where(n => HwpxSection().IsMatch(n)).Order(StringComparer.Ordinal))
            {
                output.AddRange(HwpxParagraph().Matches(Read(entry)).Select(p => string.Concat(HwpxText().Matches(p.Value).Select(t => t.Groups[1].Value))));
            }
        }
        else if (extension == ".docx")
        {
            output.AddRange(WordParagraph().Matches(Read("word/document.xml")).Select(p => string.Concat(WordText().Matches(p.Value).Select(t => t.Groups[1].Value))));
        }
        else if (extension == ".xlsx")
        {
            var shared = zip.GetEntry("xl/sharedStrings.xml") is null ? [] :
                SharedItem().Matches(Read("xl/sharedStrings.xml")).Select(si => string.Concat(SheetText().Matches(si.Value).Select(t => t.Groups[1].Value))).ToList();
            foreach (var sheet in zip.Entries.Select(e => e.FullName).Where(n => SheetEntry().IsMatch(n)).Order(StringComparer.Ordinal))
            {
                foreach (Match row in SheetRow().Matches(Read(sheet)))
                {
                    var cells = new List<string>();
                    foreach (Match cell in SheetCell().Matches(row.Value))
                    {
                        var value = CellValue().Match(cell.Groups[2].Value);
                        var text = SheetText().Match(cell.Groups[2].Value);
                        if (cell.Groups[1].Value.Contains("t=\"s\"", StringComparison.Ordinal) && value.Success)
                        {
                            cells.Add(shared[int.Parse(value.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)]);
                        }
                        else if (text.Success)
                        {
                            cells.Add(text.Groups[1].Value);
                        }
                        else if (value.Success)
                        {
                            cells.Add(value.Groups[1].Value);
                        }
                    }
                    output.Add(string.Join('\t', cells));
                }
            }
        }
        return WebUtility.HtmlDecode(string.Join('\n', output));
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"^Contents/section\d+\.xml$")]
    private static partial Regex HwpxSection();

    [GeneratedRegex(@"<hp:p[ >].*?</hp:p>", RegexOptions.Singleline)]
    private static partial Regex HwpxParagraph();

    [GeneratedRegex(@"<hp:t>([^<]*)</hp:t>")]
    private static partial Regex HwpxText();

    [GeneratedRegex(@"<w:p[ >].*?</w:p>", RegexOptions.Singleline)]
    private static partial Regex WordParagraph();

    [GeneratedRegex(@"<w:t(?: [^>]*)?>([^<]*)</w:t>")]
    private static partial Regex WordText();

    [GeneratedRegex(@"<si>.*?</si>", RegexOptions.Singleline)]
    private static partial Regex SharedItem();

    [GeneratedRegex(@"^xl/worksheets/sheet\d+\.xml$")]
    private static partial Regex SheetEntry();

    [GeneratedRegex(@"<row[ >].*?</row>", RegexOptions.Singleline)]
    private static partial Regex SheetRow();

    [GeneratedRegex(@"<c([^>]*)>(.*?)</c>", RegexOptions.Singleline)]
    private static partial Regex SheetCell();

    [GeneratedRegex(@"<v>([^<]*)</v>")]
    private static partial Regex CellValue();

    [GeneratedRegex(@"<t(?: [^>]*)?>([^<]*)</t>")]
    private static partial Regex SheetText();
}
