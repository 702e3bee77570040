using Corpus.Parsing;

namespace Corpus.Tests.Parsing;

/// <summary>
/// A budget table whose row names are nested in levels (회계 | 분야 | 사업명), each level written once for its group and left
/// blank below: every level is part of the row's name, and a level to the left that opens a new group carries nothing down.
/// </summary>
public sealed class NestedKeyTableTests
{
    private static readonly string[] Budget =
    [
        "회계\t분야\t사업명\t’25 본예산\t’26 정부안\t증감",
        "일반회계\t보존\t석조문화재 정밀진단\t410\t455\t45",
        "\t\t목조건축 방재설비 보강\t620\t598\t△22",
        "\t\t소 계\t1,030\t1,053\t23",
        "\t활용\t야간 관람 프로그램 [신규]\t-\t120\t120",
        "기금\t발굴\t매장유산 긴급발굴 지원\t300\t340\t40",
        "주요 사업 합계\t\t\t1,418\t1,608\t190",
    ];

    [Fact]
    public void Every_text_level_before_the_figures_names_the_row()
    {
        var table = TableParser.Parse("x.txt", 0, "<표 1> 주요 사업 예산", 1, 3, Budget);

        Assert.Equal(3, table.RowHeaderWidth);
        Assert.Equal(["일반회계", "보존", "목조건축 방재설비 보강"], table.Rows[1].Header);
        Assert.Equal(["일반회계", "활용", "야간 관람 프로그램 [신규]"], table.Rows[3].Header);
        Assert.Equal(598, table.Rows[1].Cells[1].Number);
    }

    [Fact]
    public void A_subtotal_row_is_a_total_of_its_group_and_a_new_group_carries_no_lower_level()
    {
        var table = TableParser.Parse("x.txt", 0, "<표 1> 주요 사업 예산", 1, 3, Budget);

        Assert.True(table.Rows[2].IsTotal);
        Assert.Equal(["주요 사업 합계"], table.Rows[5].Header);
        Assert.True(table.Rows[5].IsTotal);
    }
}
