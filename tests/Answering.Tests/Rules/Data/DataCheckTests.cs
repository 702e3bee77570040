using Answering.Contract;

namespace Answering.Tests.Rules.Data;

/// <summary>Yes/no questions about a statistics document's rates.</summary>
public sealed class DataCheckTests
{
    private static readonly Knowledge.Documents.DocumentKnowledge Shipments = RuleDocuments.Read("""
        보도자료

        「2025년 3월 농식품 수출 동향」

        □ 3월 농식품 수출은 12.0억달러로 전년 동월 대비 5.5% 증가하였다.

        ○ (김) 김 수출은 전년 동월 대비 21.3% 증가하여 6개월 연속 증가하였다.

        【 품목별 수출 실적 (단위: 억달러, %) 】

        품목	3월		1~3월 누계	
        	금액	증감률	금액	증감률
        김	1.2	21.3	3.3	8.0
        라면	1.0	4.2	2.9	△1.5
        인삼	0.2	△3.0	0.6	△2.1
        """);

    private static Answer Ask(string question) => RuleDocuments.AskSure(Shipments, question);

    [Fact]
    public void The_sign_of_the_rate_answers_whether_it_rose()
    {
        Assert.Equal(Eligibility.Yes, Ask("3월 김 수출은 작년 같은 달보다 늘었나요?").Eligible);
        Assert.Equal(Eligibility.No, Ask("3월 인삼 수출은 작년 같은 달보다 늘었나요?").Eligible);
    }

    [Fact]
    public void A_number_of_digits_is_a_bound_on_the_rate()
    {
        var answer = Ask("3월 수출 증가율이 두 자릿수인 품목에 라면도 포함되나요?");

        Assert.Equal(Eligibility.No, answer.Eligible);
        Assert.Contains("4.2", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_things_compared_by_their_rates_are_read_from_their_own_rows()
    {
        var higher = Ask("3월 김 수출 증가율이 라면보다 높았나요?");
        Assert.Equal(Eligibility.Yes, higher.Eligible);
        Assert.Contains("21.3", higher.Text, StringComparison.Ordinal);
        Assert.Contains("4.2", higher.Text, StringComparison.Ordinal);

        Assert.Equal(Eligibility.No, Ask("3월 인삼 수출 증가율이 라면보다 높았나요?").Eligible);
    }

    [Fact]
    public void The_askers_own_rate_is_compared_with_the_documents()
    {
        Assert.Equal(Eligibility.Yes, Ask("저희 회사 3월 라면 수출이 작년보다 6% 늘었는데, 라면 품목 전체 증가율보다 높은 건가요?").Eligible);
    }

    [Fact]
    public void Periods_that_disagree_make_it_depend_when_the_question_names_none()
    {
        var answer = Ask("올해 라면 수출은 작년보다 늘어난 거야?");

        Assert.Equal(Eligibility.Depends, answer.Eligible);
        Assert.Contains("누계", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_month_inside_a_stated_run_is_answered_and_one_outside_is_not_in_the_document()
    {
        Assert.Equal(Eligibility.Yes, Ask("2025년 3월 농식품 수출 동향 기준으로, 2월에도 김 수출이 전년 동월보다 증가했다고 볼 수 있나요?").Eligible);
        Assert.Equal(Eligibility.NotInDocument, Ask("2025년 3월 농식품 수출 동향 기준으로 2월 인삼 수출은 전년 동월보다 늘었나요?").Eligible);
    }
}
