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
    public void Lines_keep_the_numbers_as_stored_and_quotes_of_them_are_found_in_the_file()
    {
        var text = Path.Combine(SuiteDocuments.SuiteFolder, "motie-2024-08-01-export-import-trends.txt");
        var file = SuiteDocuments.File("xlsx", text);
        var document = RoundTrip.Read(file);
        var line = document.Lines.ToList().FindIndex(l => l.StartsWith("수출\t514.0\t", StringComparison.Ordinal)) + 1;
        Assert.True(line > 0, "the row reads as the number format shows it");
        Assert.NotNull(document.StoredLines);
        Assert.Equal(document.Lines.Count, document.StoredLines.Count);
        // 3,546.2 is a text cell in this workbook: text is stored as it shows.
        Assert.Equal("수출\t514\t561.3\t9.2\t3,546.2\t3,720.4\t4.9", document.StoredLines[line - 1]);

        var shown = document.Lines[line - 1];
        var quote = document.QuoteAsStored(line, line, shown);
        Assert.Equal(document.StoredLines[line - 1], quote);
        Assert.Equal("514", document.QuoteAsStored(line, line, "514.0"));
        Assert.Equal("수출\t514", document.QuoteAsStored(line, line, "수출\t514.0"));
        Assert.Equal("이 줄에 없는 글", document.QuoteAsStored(line, line, "이 줄에 없는 글"));

        // What the file holds is the stored value: the quote as stored is found in it, the row as shown is not.
        var fileText = ScorerText.Extract(file);
        Assert.False(ScorerText.QuoteFound(shown, fileText));
        Assert.True(ScorerText.QuoteFound(quote, fileText));
    }

    [Fact]
    public void A_text_file_stores_its_lines_as_read_and_quotes_stay_as_they_are()
    {
        var document = RoundTrip.Read(Path.Combine(SuiteDocuments.SuiteFolder, "motie-2024-08-01-export-import-trends.txt"));
        Assert.Null(document.StoredLines);
        Assert.Equal("514.0", document.QuoteAsStored(35, 35, "514.0"));
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
