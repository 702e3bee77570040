using Corpus.Tests.Readers.Builders;

namespace Corpus.Tests.Readers;

public class DocxReaderTests
{
    public static TheoryData<string> SuiteFiles => [.. SuiteDocuments.TextFiles.Select(Path.GetFileName).OfType<string>()];

    [Theory]
    [MemberData(nameof(SuiteFiles))]
    public void A_suite_document_written_as_docx_reads_back_as_its_text(string name)
    {
        var text = Path.Combine(SuiteDocuments.SuiteFolder, name);
        var document = RoundTrip.Read(SuiteDocuments.File("docx", text));
        RoundTrip.AssertSameLines(text, document);
        Assert.Equal("docx", document.Format);
    }

    [Fact]
    public void Merged_header_cells_are_expanded_and_rows_are_labelled_by_table_and_row()
    {
        var text = Path.Combine(SuiteDocuments.SuiteFolder, "mss-2022-02-24-regional-specialized-industry.txt");
        var document = RoundTrip.Read(SuiteDocuments.File("docx", text));
        var header = document.Lines.ToList().FindIndex(l => l.StartsWith("시·도\t", StringComparison.Ordinal));
        Assert.Equal(6, document.Lines[header].Split('\t').Length);
        Assert.Equal(["", "", ""], document.Lines[header].Split('\t')[2..5]);
        Assert.Equal("", document.Lines[header + 1].Split('\t')[0]);
        Assert.Matches(@"^표 \d+ · 1행$", document.Locations[header]);
        Assert.Matches(@"^표 \d+ · 2행$", document.Locations[header + 1]);
        Assert.Matches(@"^문단 \d+$", document.Locations[0]);
    }
}
