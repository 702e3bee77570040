using Corpus.Parsing;

namespace Corpus.Tests.Parsing;

/// <summary>Statistics tables that write the unit in the row label, mark sub-items with "-", and list several units in the title.</summary>
public sealed class LabelUnitTableTests
{
    private static readonly string[] Statistics =
    [
        "구분\t'23년\t'24년\t증감",
        "가입자(천명)\t410\t455\t45",
        " - 여성(천명)\t180\t200\t20",
        "지급액(억원)\t980\t1,010\t30",
    ];

    [Fact]
    public void A_unit_in_the_row_label_is_the_rows_unit_and_not_part_of_its_name()
    {
        var table = TableParser.Parse("x.txt", 0, "【 실적 】", 1, 3, Statistics);

        var members = table.Rows[0];
        Assert.Equal(["가입자"], members.Header);
        Assert.All(members.Cells, c => Assert.Equal("천명", c.Unit));
        Assert.Equal("억원", table.Rows[2].Cells[0].Unit);
    }

    [Fact]
    public void A_dashed_sub_item_belongs_to_the_row_above_and_keeps_its_unit()
    {
        var table = TableParser.Parse("x.txt", 0, "【 실적 】", 1, 3, Statistics);

        var women = table.Rows[1];
        Assert.Equal(["가입자", "여성"], women.Header);
        Assert.Equal(200, women.Cells[1].Number);
        Assert.Equal("천명", women.Cells[1].Unit);
    }

    [Fact]
    public void A_percentage_listed_first_in_the_title_goes_only_to_rate_columns()
    {
        string[] lines = ["유형\t보조율\t1인당 보조 상한", "청년농\t80\t1,200"];

        var table = TableParser.Parse("x.txt", 0, "【 보조 기준 (단위:%, 만원) 】", 1, 3, lines);

        var row = table.Rows.Single();
        Assert.Equal("%", row.Cells.Single(c => c.ColumnName == "보조율").Unit);
        Assert.Equal("만원", row.Cells.Single(c => c.ColumnName == "1인당 보조 상한").Unit);
    }

    [Fact]
    public void A_rate_rows_change_column_is_in_points_and_a_rate_of_change_column_in_percent()
    {
        string[] lines = ["구분\t2023. 6.\t2024. 6.\t증감", "회원 수\t1,200\t1,260\t60", "재방문율\t41.5\t43.0\t1.5"];

        var table = TableParser.Parse("x.txt", 0, "【 이용 현황 (단위: 명, %, %p) 】", 1, 3, lines);

        var rate = table.Rows[1];
        Assert.Equal("%", rate.Cells.Single(c => c.ColumnName == "2024. 6.").Unit);
        Assert.Equal("%p", rate.Cells.Single(c => c.ColumnName == "증감").Unit);
        Assert.Equal("명", table.Rows[0].Cells.Single(c => c.ColumnName == "증감").Unit);
    }

    [Fact]
    public void A_headcount_column_counts_people_though_the_title_lists_another_counter_first()
    {
        string[] lines = ["구분\t기관 수\t정원\t운영 예산", "연구소\t3\t410\t95"];

        var table = TableParser.Parse("x.txt", 0, "【 기관 현황 (단위: 개 기관, 명, 억원) 】", 1, 3, lines);

        var row = table.Rows.Single();
        Assert.Equal("개 기관", row.Cells.Single(c => c.ColumnName == "기관 수").Unit);
        Assert.Equal("명", row.Cells.Single(c => c.ColumnName == "정원").Unit);
        Assert.Equal("억원", row.Cells.Single(c => c.ColumnName == "운영 예산").Unit);
    }
}
