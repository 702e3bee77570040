using Corpus.Tests.Readers.Builders;

namespace Corpus.Tests.Readers;

public class XlsxReaderTests
{
    public static TheoryData<string> SuiteFiles => [.. SuiteDocuments.TextFiles.Select(Path.GetFileName).OfType<string>()];

    [Theory]
    [MemberData(nameof(SuiteFiles))]
    public void A_suite_document_written_as_a_sheet_reads_back_as_its_text(string name)
    {
        var text = Path.Combine(SuiteDocuments.SuiteFolder, name);
        RoundTrip.AssertSameLines(text, RoundTrip.Read(SuiteDocuments.File("xlsx", text)));
    }

    [Fact]
    public void Numbers_show_as_their_format_and_rows_are_labelled_with_sheet_and_range()
    {
        var text = Path.Combine(SuiteDocuments.SuiteFolder, "mss-2022-02-24-regional-specialized-industry.txt");
        var document = RoundTrip.Read(SuiteDocuments.File("xlsx", text));
        var row = document.Lines.ToList().FindIndex(l => l.StartsWith("부산\t", StringComparison.Ordinal));
        Assert.Equal("부산\t7,020\t3,960\t780\t11,760\t11,240", document.Lines[row]);
        Assert.Matches(@"^문서!A\d+:F\d+$", document.Locations[row]);
        var title = document.Lines.ToList().FindIndex(l => l.Contains("(단위:백만원)", StringComparison.Ordinal));
        Assert.True(title < row, "the title cell above the table is a line before it, unit kept");
        Assert.Equal("문서!" + document.Locations[row].Split('!')[1].Split(':')[0].Replace("A", "D", StringComparison.Ordinal), Corpus.Readers.LocationLabels.Cell(document, row + 1, 3));
    }

    [Fact]
    public void A_workbook_without_cells_is_skipped_as_empty()
    {
        var path = Path.Combine(Path.GetTempPath(), $"empty-{Guid.NewGuid():N}.xlsx");
        XlsxWriter.Write(path, []);
        var result = Corpus.Readers.DocumentReaders.Read(path);
        Assert.Null(result.Document);
        Assert.Contains("내용이 없는", result.Skipped!.Reason, StringComparison.Ordinal);
    }
}
