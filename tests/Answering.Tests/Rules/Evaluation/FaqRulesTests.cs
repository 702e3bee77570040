using Answering.Contract;

namespace Answering.Tests.Rules.Evaluation;

/// <summary>Rules stated as answers of an FAQ: elapsed periods, caps, a share named after its bound, years ago, an exception by designation.</summary>
public sealed class FaqRulesTests
{
    private static readonly Knowledge.Documents.DocumentKnowledge Faq = RuleDocuments.Read("""
        보도자료

        「2025년 소상공인 점포 새단장 지원사업」 자주 묻는 질문

        Q1. 신청 자격은 어떻게 되나요?

        A. 공고일 기준 사업자등록 후 1년 이상 경과한 소상공인으로서, 연매출 10억원 이하인 사업자가 신청할 수 있습니다.

        Q2. 지원 금액은 얼마인가요?

        A. 점포당 최대 300만원까지 지원하며, 총 공사비의 10% 이상은 자부담해야 합니다.

        Q3. 중복 지원이 가능한가요?

        A. 최근 2년 이내 이 사업으로 지원받은 점포는 신청할 수 없습니다. 단, 특별재난지역으로 선포된 지역의 점포는 신청할 수 있습니다.

        Q4. 신청 기간은 언제인가요?

        A. 5월 2일(금)부터 5월 30일(금) 18시까지 온라인으로 신청하면 됩니다.
        """);

    [Theory]
    [InlineData("사업자등록한 지 8개월 된 소상공인인데 점포 새단장 지원사업 신청할 수 있나요?", Eligibility.No)]
    [InlineData("사업자등록 3년 됐고 연매출 5억원이에요. 점포 새단장 지원사업 신청할 수 있나요?", Eligibility.Yes)]
    [InlineData("점포 새단장 지원사업으로 400만원 지원받을 수 있나요?", Eligibility.No)]
    [InlineData("점포 새단장 지원사업 6월 2일에 신청해도 되나요?", Eligibility.No)]
    [InlineData("총 공사비 1,000만원 중 자부담을 50만원만 해도 되나요?", Eligibility.No)]
    [InlineData("작년에 이 사업으로 지원받았는데 특별재난지역은 아니에요. 또 신청할 수 있나요?", Eligibility.No)]
    [InlineData("작년에 이 사업으로 지원받았는데 저희 지역이 특별재난지역으로 선포됐어요. 또 신청할 수 있나요?", Eligibility.Yes)]
    [InlineData("작년에 이 사업으로 지원받았어요. 또 신청할 수 있나요?", Eligibility.Depends)]
    public void The_askers_case_is_checked_against_the_answers_rules(string question, string expected)
    {
        var answer = RuleDocuments.AskSure(Faq, question);

        Assert.Equal(expected, answer.Eligible);
        Assert.NotEmpty(answer.Citations);
    }
}
