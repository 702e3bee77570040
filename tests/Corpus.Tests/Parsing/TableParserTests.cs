using Corpus.Parsing;
using Corpus.Model;

namespace Corpus.Tests.Parsing;

public sealed class TableParserTests
{
    private static readonly ParsedDocument Document = TestCorpus.Library.Parsed[0];

    private static DocumentTable TableAt(int line) => Document.Tables.Single(t => t.FromLine <= line && line <= t.ToLine);

    [Fact]
    public void Budget_table_has_title_unit_and_two_row_header_paths()
    {
        var table = TableAt(37);

        Assert.Equal("국가혁신클러스터육성사업 사업단계별 지원 규모", table.Title);
        Assert.Equal("억원", table.Unit);
        Assert.Equal(33, table.TitleLine);
        var cell = table.Rows.Single(r => r.HeaderName == "R&D").Cells.Single(c => c.ColumnName == "2단계(B) 소계");
        Assert.Equal(1134, cell.Number);
        Assert.Equal(37, cell.Line);
        Assert.Equal(["R&D"], cell.RowPath);
        Assert.Equal(["2단계(B)", "소계"], cell.ColumnPath);
        Assert.Equal("억원", cell.Unit);
    }

    [Fact]
    public void Spanning_header_reaches_every_year_column_including_curly_quotes_in_the_annex()
    {
        var annex = TableAt(115);

        var cell = annex.Rows.Single(r => r.HeaderName == "지방비").Cells.Single(c => c.ColumnPath[^1] == "‘19");
        Assert.Equal(["1단계(A)", "‘19"], cell.ColumnPath);
        Assert.Equal(217, cell.Number);
        Assert.Equal(118, cell.Line);
    }

    [Fact]
    public void Undecided_and_empty_cells_keep_their_text_and_have_no_number()
    {
        var table = TableAt(37);

        var undecided = table.Rows.Single(r => r.HeaderName == "R&D").Cells.Single(c => c.ColumnName.StartsWith("3단계", StringComparison.Ordinal));
        var empty = table.Rows.Single(r => r.HeaderName == "국비").Cells.Single(c => c.ColumnName.StartsWith("3단계", StringComparison.Ordinal));
        Assert.Equal("미정", undecided.Text);
        Assert.Null(undecided.Number);
        Assert.True(empty.IsEmpty);
        Assert.Null(empty.Number);
    }

    [Fact]
    public void Grouped_rows_inherit_the_category_of_the_row_above()
    {
        var table = TableAt(135);

        Assert.Equal(3, table.RowHeaderWidth);
        var gyeongbuk = table.Rows.Single(r => r.Line == 135);
        Assert.Equal(["미래차 항공", "경북", "전기차 부품"], gyeongbuk.Header);
        Assert.Equal("1단계('18~'20)", gyeongbuk.Cells[0].ColumnName);
        Assert.Equal("전기차 5대 핵심부품 개발", gyeongbuk.Cells[0].Text);
    }

    [Fact]
    public void Block_table_cells_are_split_into_labelled_items_named_by_their_column()
    {
        var items = Document.Units.Where(u => u.FromLine == 60 && u.Column is not null).ToList();

        Assert.Equal(["분야", "예산", "성과", "분야", "예산", "성과"], items.Select(i => i.Label));
        var table = Document.Tables[items[0].Table!.Value];
        Assert.Equal(0, table.RowHeaderWidth);
        Assert.Contains("경북", table.ColumnName(items[0].Column!.Value), StringComparison.Ordinal);
        Assert.Contains("강원", table.ColumnName(items[3].Column!.Value), StringComparison.Ordinal);
        Assert.All(items, i => Assert.Contains(i.Text.TrimStart('■', ' '), Document.Line(60), StringComparison.Ordinal));
    }

    [Fact]
    public void Two_column_case_tables_take_the_heading_above_as_title()
    {
        var table = TableAt(153);

        Assert.Contains("(경북)", table.Title, StringComparison.Ordinal);
        Assert.Equal("추진배경", table.Rows.Single(r => r.Line == 153).HeaderName);
        Assert.Equal("주요내용", table.ColumnName(1));
    }

    [Fact]
    public void A_text_column_splitting_a_merged_group_joins_the_row_header()
    {
        string[] lines =
        [
            "【 부과기준 (단위:만원) 】",
            "위반행위\t구분\t1회\t2회",
            "지연\t현행\t40\t80",
            "\t개정\t100\t200",
            "누락\t현행\t60\t120",
            "\t개정\t150\t330",
        ];

        var table = Assert.Single(DocumentParser.Parse("x.txt", lines).Tables);

        Assert.Equal(2, table.RowHeaderWidth);
        Assert.Equal(["지연", "개정"], table.Rows[1].Cells[0].RowPath);
        Assert.Equal(["누락", "현행"], table.Rows[2].Cells[1].RowPath);
        Assert.Equal(330, table.Rows[3].Cells[1].Number);
    }

    [Fact]
    public void A_group_and_item_table_with_subtotals_keeps_both_columns_as_the_row_header()
    {
        string[] lines =
        [
            "【 분야별 예산 (단위:억원) 】",
            "분야\t사업\t'25년\t'26년",
            "교육\t강사 양성\t10\t12",
            "\t교재 개발\t5\t6",
            "\t소계\t15\t18",
            "홍보\t박람회\t7\t9",
            "\t소계\t7\t9",
            "합계\t\t22\t27",
        ];

        var table = Assert.Single(DocumentParser.Parse("x.txt", lines).Tables);

        Assert.Equal(2, table.RowHeaderWidth);
        Assert.Equal(["교육", "교재 개발"], table.Rows[1].Cells[0].RowPath);
        Assert.True(table.Rows[2].IsTotal);
        Assert.Equal(["합계"], table.Rows[5].Cells[0].RowPath);
        Assert.Equal(27, table.Rows[5].Cells[1].Number);
    }

    [Fact]
    public void A_text_column_of_distinct_values_without_merged_cells_stays_a_value()
    {
        string[] lines =
        [
            "구분\t현행\t개정",
            "대상\t1만톤 이상\t5천톤 이상",
            "보고\t3월 말\t2월 말",
        ];

        var table = Assert.Single(DocumentParser.Parse("x.txt", lines).Tables);

        Assert.Equal(1, table.RowHeaderWidth);
    }
}
