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
    public void A_column_border_drawn_in_two_pieces_still_separates_its_columns()
    {
        // LibreOffice draws the border under a merged header cell apart from the one beside it, a tenth of a point off.
        var text = Path.Combine(SuiteDocuments.SuiteFolder, "motie-2024-02-21-green-process-rnd.txt");
        var expected = File.ReadAllLines(text).Where(l => l.Split('\t').Length == 7).ToList();
        var document = RoundTrip.Read(SuiteDocuments.File("pdf", text));

        Assert.NotEmpty(expected);
        Assert.All(expected, row => Assert.Contains(row, document.Lines));
    }

    [Theory]
    [InlineData("mss-2022-02-24-regional-specialized-industry.txt")]
    [InlineData("mss-2024-06-27-growth-center-evaluation.txt")]
    public void Lines_that_wrapped_at_a_space_keep_it_and_those_that_wrapped_inside_a_word_do_not(string name)
    {
        // The PDF draws no space where a line wrapped; how the document wraps tells where one was.
        var text = Path.Combine(SuiteDocuments.SuiteFolder, name);
        var document = RoundTrip.Read(SuiteDocuments.File("pdf", text));

        RoundTrip.AssertSameLines(text, document);
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
