using Corpus.Tests.Readers.Builders;

namespace Corpus.Tests.Readers;

public class HwpxReaderTests
{
    private static string Real(string name) => Path.Combine(AppContext.BaseDirectory, "TestDocuments", "hwpx", name);

    public static TheoryData<string> SuiteFiles => [.. SuiteDocuments.TextFiles.Select(Path.GetFileName).OfType<string>()];

    [Theory]
    [MemberData(nameof(SuiteFiles))]
    public void A_suite_document_written_as_hwpx_reads_back_as_its_text(string name)
    {
        var text = Path.Combine(SuiteDocuments.SuiteFolder, name);
        var document = RoundTrip.Read(SuiteDocuments.File("hwpx", text));
        RoundTrip.AssertSameLines(text, document);
        Assert.Equal("hwpx", document.Format);
    }

    [Fact]
    public void The_exam_table_reads_with_its_header_and_each_student_row_and_the_total_row()
    {
        var document = RoundTrip.Read(Real("table-exam-scores.hwpx"));
        var lines = document.Lines.ToList();
        Assert.Equal("C반 기말고사", lines[0]);   // the title sits in a text box
        var header = lines.IndexOf("이름\t국어\t영어\t수학");
        Assert.True(header > 0);
        Assert.Equal("개똥이\t89\t65\t78", lines[header + 1]);
        Assert.Equal("표 1 · 2행", document.Locations[header + 1]);
        Assert.StartsWith("합계", lines[header + 5], StringComparison.Ordinal);
        Assert.Equal("표 1 · 6행", document.Locations[header + 5]);
    }

    [Fact]
    public void A_notice_reads_its_paragraphs_in_order_with_the_deadline_and_where_to_send_opinions()
    {
        var document = RoundTrip.Read(Real("gangnam-notice-2023.hwpx"));
        var lines = document.Lines.ToList();
        var heading = lines.IndexOf("3. 의견제출");
        var deadline = lines.FindIndex(l => l.Contains("2023년 4월 11일까지", StringComparison.Ordinal));
        Assert.True(heading >= 0 && deadline > heading);
        Assert.Contains("학동로 426", lines[deadline], StringComparison.Ordinal);
        Assert.True(lines.IndexOf("1. 제정이유") < lines.IndexOf("2. 주요내용") && lines.IndexOf("2. 주요내용") < heading);
        Assert.Matches(@"^문단 \d+$", document.Locations[deadline]);
    }

    [Fact]
    public void A_file_without_a_manifest_reads_both_sections_in_spine_order()
    {
        var document = RoundTrip.Read(Real("ulsan-namgu-notice-2021-no-manifest.hwpx"));
        var lines = document.Lines.ToList();
        var deadline = lines.FindIndex(l => l.Contains("2021년 2월 25일까지", StringComparison.Ordinal));
        var comparison = lines.IndexOf("신ㆍ구조문대비표");
        Assert.True(deadline >= 0 && comparison > deadline, "section1 follows section0");
        Assert.Equal("현 행\t개 정 안", lines[comparison + 2]);
        Assert.Equal("제1절 재산분\t제1절 사업소분", lines[comparison + 3]);
    }

    [Fact]
    public void The_public_data_standard_reads_its_tables_with_header_paths_and_nested_tables()
    {
        var document = RoundTrip.Read(Real("public-data-standard-2023.hwpx"));
        var parsed = Corpus.Parsing.DocumentParser.Parse(document.Name, document.Lines);
        var items = parsed.Tables.First(t => t.ColumnPaths.Any(p => p[0] == "항목명"));
        Assert.Equal(["NO", "항목명", "구분 (필수/선택)", "설명", "허용 값", "표현형식/단위", "예시"], items.ColumnPaths.Select(p => p[0]));
        var latitude = items.Rows.First(r => r.Cells.Any(c => c.Text == "위도"));
        Assert.Contains(latitude.Cells, c => c.Text == "37.5180081" && c.ColumnName == "예시");
        // The code table nested in row 5's 설명 cell follows as a table of its own, its merged cells expanded.
        var nested = document.Lines.ToList().FindIndex(l => l.StartsWith("구분\t코드체계\t\t", StringComparison.Ordinal));
        Assert.True(nested > 0);
        Assert.Equal("코드설명\t➀➁\t숫자\t시도", document.Lines[nested + 2]);
        Assert.Equal("\t➂➃➄\t숫자\t시군구", document.Lines[nested + 3]);
    }

    [Fact]
    public void Every_line_of_a_real_file_is_the_files_own_text()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestDocuments", "hwpx"), "*.hwpx"))
        {
            var document = RoundTrip.Read(file);
            var text = AllText(file);
            var missing = document.Lines.Where(l => l.Trim().Length > 0 && !ScorerText.QuoteFound(l, text)).ToList();
            Assert.True(missing.Count == 0, $"{Path.GetFileName(file)}: {missing.Count} lines not in its text, e.g. «{missing.FirstOrDefault()}»");
        }
    }

    /// <summary>Every hp:t of every section in document order (the shared scorer's regular expressions miss an hp:t holding a tab mark, and text after a comment's nested paragraph).</summary>
    private static string AllText(string file)
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(file);
        var hp = System.Xml.Linq.XNamespace.Get("http://www.hancom.co.kr/hwpml/2011/paragraph");
        return string.Join("\n", zip.Entries.Where(e => e.FullName.StartsWith("Contents/section", StringComparison.Ordinal)).OrderBy(e => e.FullName, StringComparer.Ordinal)
            .SelectMany(e =>
            {
                using var stream = e.Open();
                return System.Xml.Linq.XDocument.Load(stream).Descendants(hp + "t").Select(t => string.Concat(t.Nodes().OfType<System.Xml.Linq.XText>().Select(x => x.Value))).ToList();
            }));
    }
}
