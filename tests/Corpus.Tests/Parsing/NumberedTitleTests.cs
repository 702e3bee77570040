using Corpus.Model;
using Corpus.Parsing;

namespace Corpus.Tests.Parsing;

/// <summary>
/// An appendix in square brackets ("[붙임 2]") with a title line, then numbered items ("1. 시·도별 실적") each over a table:
/// the items are the tables' titles, and the appendix title is the section they stand under.
/// </summary>
public sealed class NumberedTitleTests
{
    private static readonly string[] Lines =
    [
        "□ (개요) 올해 사업을 다음과 같이 추진한다.",
        "",
        "[붙임 2]",
        "",
        "2025년 지원 실적",
        "",
        "1. 시·도별 지원 실적",
        "",
        "(단위: 개소, 백만원)",
        "시·도\t지원 사업장\t지급액",
        "부산\t12\t340",
        "합계\t12\t340",
        "",
        "2. 연도별 예산",
        "",
        "구분\t'24년\t'25년",
        "예산\t480억원\t620억원",
        "",
        "3. 예산은 지난해보다 늘었다.",
        "구분\t값",
        "증가\t140억원",
    ];

    private static readonly ParsedDocument Document = DocumentParser.Parse("x.txt", Lines);

    [Fact]
    public void A_short_numbered_item_over_a_table_is_its_title_without_the_number()
    {
        Assert.Equal("시·도별 지원 실적", Document.Tables[0].Title);
        Assert.Equal("개소, 백만원", Document.Tables[0].Unit);
        Assert.Equal("연도별 예산", Document.Tables[1].Title);
    }

    [Fact]
    public void A_numbered_sentence_is_no_title()
    {
        Assert.True(string.IsNullOrEmpty(Document.Tables[2].Title));
    }

    [Fact]
    public void An_appendix_mark_in_square_brackets_opens_an_appendix_whose_title_heads_its_items()
    {
        var mark = Assert.Single(Document.Units, u => u.Text == "[붙임 2]");
        Assert.Equal(UnitKind.AppendixMark, mark.Kind);
        var item = Assert.Single(Document.Units, u => u.Text == "1. 시·도별 지원 실적");
        Assert.Contains(Document.Ancestors(item), a => a.Text == "2025년 지원 실적" && a.Kind == UnitKind.Heading);
    }
}
