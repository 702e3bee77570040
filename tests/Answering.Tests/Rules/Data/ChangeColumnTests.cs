using Answering.Contract;

namespace Answering.Tests.Rules.Data;

/// <summary>
/// Yes/no questions about a table that pairs each figure with its change (방문객 | 증감 | 객실 가동률 | 증감): the change column
/// after the figure the question names is read, in its own unit; measures of one row that moved apart make it depend.
/// </summary>
public sealed class ChangeColumnTests
{
    private static readonly Knowledge.Documents.DocumentKnowledge Visitors = RuleDocuments.Read("""
        보도자료

        「2025년 5월 관광 동향」

        ○ 청년층 객실 예약률은 52.5%로 2.1%p 떨어졌다.

        【 표 2 】 시·도별 방문객 및 객실 가동률 (2025년 5월)

        시·도	방문객	증감	객실 가동률	증감
        	(천명)	(천명)	(%)	(%p)
        강원	2,310	△45	61.0	1.2
        제주	1,420	38	72.4	0.6
        전남	980	△12	55.3	△0.8
        """);

    private static Answer Ask(string question) => RuleDocuments.AskSure(Visitors, question);

    [Fact]
    public void The_change_after_the_named_figure_answers_in_its_own_unit()
    {
        var down = Ask("5월 강원 방문객이 작년보다 늘었나요?");
        Assert.Equal(Eligibility.No, down.Eligible);
        Assert.Contains("45천명", down.Text, StringComparison.Ordinal);

        Assert.Equal(Eligibility.Yes, Ask("5월 강원 객실 가동률이 작년보다 올랐나요?").Eligible);
    }

    [Fact]
    public void Measures_of_one_row_that_moved_apart_make_a_general_question_depend()
    {
        var answer = Ask("강원 관광 동향이 작년보다 좋아졌다고 볼 수 있어?");
        Assert.Equal(Eligibility.Depends, answer.Eligible);
        Assert.Contains("객실 가동률", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_change_in_points_stated_in_the_text_answers_whether_it_rose()
    {
        var answer = Ask("청년층 객실 예약률 작년보다 올랐어?");
        Assert.Equal(Eligibility.No, answer.Eligible);
        Assert.Contains("2.1%p", answer.Text, StringComparison.Ordinal);
    }
}
