using Corpus.Model;
using Corpus.Parsing;

namespace Corpus.Tests.Parsing;

public sealed class DocumentParserTests
{
    private static readonly ParsedDocument Document = TestCorpus.Library.Parsed[0];

    private static DocumentUnit UnitAt(int line) => Document.Units.First(u => u.FromLine == line);

    [Theory]
    [InlineData(9, UnitKind.Embargo)]
    [InlineData(13, UnitKind.Contact)]
    [InlineData(15, UnitKind.Title)]
    [InlineData(21, UnitKind.Heading)]
    [InlineData(25, UnitKind.Bullet)]
    [InlineData(27, UnitKind.Note)]
    [InlineData(33, UnitKind.TableTitle)]
    [InlineData(37, UnitKind.TableRow)]
    [InlineData(91, UnitKind.AppendixMark)]
    [InlineData(88, UnitKind.Contact)]
    public void Units_know_their_kind_from_layout(int line, UnitKind kind) =>
        Assert.Contains(Document.Units, u => u.FromLine == line && u.Kind == kind);

    [Fact]
    public void Bullets_hang_under_their_heading_and_notes_under_their_bullet()
    {
        Assert.Equal(51, Document.Units[UnitAt(55).Parent!.Value].FromLine);
        Assert.Equal(25, Document.Units[UnitAt(27).Parent!.Value].FromLine);
    }

    [Fact]
    public void Units_after_an_appendix_mark_belong_to_that_appendix()
    {
        Assert.Null(UnitAt(51).Appendix);
        Assert.Equal("참고 1", UnitAt(99).Appendix);
        Assert.Equal("참고 2", UnitAt(135).Appendix);
    }

    [Fact]
    public void Parser_works_on_structure_not_on_known_words()
    {
        string[] lines =
        [
            "□ 첫째 항목",
            "○ 세부 내용",
            "",
            "【 가상 표 (단위:명) 】",
            "구분\t상반기\t하반기",
            "가\t1\t2",
            "\t3\t미정",
        ];

        var document = DocumentParser.Parse("x.txt", lines);

        var table = Assert.Single(document.Tables);
        Assert.Equal("가상 표", table.Title);
        Assert.Equal("명", table.Unit);
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal(7, table.Rows[1].Line);
        Assert.Equal(3, table.Rows[1].Cells[0].Number);
        Assert.Equal(0, document.Units[1].Parent);
    }

    [Fact]
    public void A_notice_number_above_the_title_is_not_the_title()
    {
        string[] lines = ["가상청 공고 제2026-3호", "", "2026년 가상 사업 지원계획 공고", "", "□ 지원 내용"];

        var document = DocumentParser.Parse("x.txt", lines);

        Assert.Equal(3, document.Header.TitleLine);
        Assert.Equal(UnitKind.Banner, document.Units[0].Kind);
    }

    [Fact]
    public void Square_lines_under_a_cases_title_each_open_a_case_with_their_bullets()
    {
        string[] lines = ["가상 사업 안내", "", "□ 지원 내용", "", "[붙임] 지원 사례", "", "■ 가람공방(경기 이천)", "  ○ 운전자금 1억원", "", "■ 나래농원(전북 완주)", "  ○ 시설자금 2억원"];

        var document = DocumentParser.Parse("x.txt", lines);

        var titles = document.Units.Where(u => u.Kind == UnitKind.CaseTitle).ToList();
        Assert.Equal([7, 10], titles.Select(t => t.FromLine));
        Assert.Equal(titles[1].Index, document.Units.Single(u => u.FromLine == 11).Case);
        Assert.Equal(UnitKind.Heading, document.Units.Single(u => u.FromLine == 3).Kind);
    }

    [Fact]
    public void A_file_that_opens_with_its_table_has_that_table_and_front_matter_naming_a_contact_does_not()
    {
        string[] sheet = ["지역\t2021\t2022", "가\t100\t120", "나\t80\t90"];
        string[] release = ["배포일시\t3. 2.\t담당부서\t가과", "담당자\t홍 사무관(044-000-0000)\t\t", "", "가상 사업 추진 보도 제목입니다"];

        var table = Assert.Single(DocumentParser.Parse("x.csv", sheet).Tables);
        var front = DocumentParser.Parse("y.txt", release);

        Assert.Equal([2, 3], table.Rows.Select(r => r.Line));
        Assert.Equal(80, table.Rows[1].Cells[0].Number);
        Assert.Empty(front.Tables);
        Assert.Equal([UnitKind.Contact, UnitKind.Contact, UnitKind.Title], front.Units.Select(u => u.Kind));
    }

    [Fact]
    public void Every_text_file_in_the_folder_is_a_document()
    {
        var folder = Directory.CreateTempSubdirectory();
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "a.txt"), "□ 하나\n");
            File.WriteAllText(Path.Combine(folder.FullName, "b.txt"), "□ 둘\n");
            File.WriteAllText(Path.Combine(folder.FullName, "c.md"), "○ 셋\n");
            File.WriteAllBytes(Path.Combine(folder.FullName, "d.png"), [0x89, 0x50, 0x4E, 0x47]);

            var library = CorpusLibrary.Load(folder.FullName);

            Assert.Equal(["a.txt", "b.txt", "c.md"], library.Documents.Select(d => d.Name));
            Assert.Equal(3, library.Parsed.Count);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
