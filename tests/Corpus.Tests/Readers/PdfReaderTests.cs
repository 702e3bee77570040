using Corpus.Tests.Readers.Builders;

namespace Corpus.Tests.Readers;

public class PdfReaderTests
{
    public static TheoryData<string> SuiteFiles => [.. SuiteDocuments.TextFiles.Select(Path.GetFileName).OfType<string>()];

    [Theory]
    [MemberData(nameof(SuiteFiles))]
    public void A_suite_document_printed_to_pdf_reads_back_as_its_text(string name)
    {
        var text = Path.Combine(SuiteDocuments.SuiteFolder, name);
        var document = RoundTrip.Read(SuiteDocuments.File("pdf", text));
        RoundTrip.AssertSameContent(text, document);
        Assert.All(document.Locations, l => Assert.Matches(@"^\d+쪽 \d+(–\d+)?줄( – \d+쪽 \d+줄)?$", l));
    }

    [Fact]
    public void A_ruled_table_reads_as_rows_of_cells_with_merged_header_cells_expanded()
    {
        var text = Path.Combine(SuiteDocuments.SuiteFolder, "mss-2022-02-24-regional-specialized-industry.txt");
        var document = RoundTrip.Read(SuiteDocuments.File("pdf", text));
        var lines = document.Lines.ToList();
        var header = lines.IndexOf("시·도\t'22년(B)\t\t\t\t'21년(A)");
        Assert.True(header > 0);
        Assert.Equal("\t국비\t지방비\t민간\t합계\t합계", lines[header + 1]);
        Assert.Equal("합계\t100,800\t40,900\t11,700\t153,400\t146,100", lines[header + 16]);
        Assert.Matches(@"^1쪽 \d+줄$", document.Locations[header + 16]);
        // A cell whose text wrapped onto two lines is one cell again, and its row spans both lines.
        var contact = lines.FindIndex(l => l.StartsWith("배포일시\t", StringComparison.Ordinal));
        Assert.Equal("배포일시\t2. 23.(수)\t담당부서\t지역혁신정책관실 지역기업정책과", lines[contact]);
        Assert.Matches(@"^1쪽 \d+–\d+줄$", document.Locations[contact]);
    }

    [Fact]
    public void Every_paragraph_read_is_found_in_the_scorers_pdftotext_of_the_file()
    {
        var text = Path.Combine(SuiteDocuments.SuiteFolder, "mss-2022-02-24-regional-specialized-industry.txt");
        var pdf = SuiteDocuments.File("pdf", text);
        var document = RoundTrip.Read(pdf);
        var scorerText = ScorerText.Extract(pdf);
        // Table rows whose cells wrap are interleaved line by line in pdftotext's layout, so only paragraphs are checked here.
        Assert.All(document.Lines.Where(l => l.Trim().Length > 0 && !l.Contains('\t')), l => Assert.True(ScorerText.QuoteFound(l, scorerText), l));
    }
}
