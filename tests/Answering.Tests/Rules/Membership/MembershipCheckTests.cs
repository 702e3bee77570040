using Answering.Contract;

namespace Answering.Tests.Rules.Membership;

/// <summary>"Is X one of Y?" against the lists a document gives.</summary>
public sealed class MembershipCheckTests
{
    private static readonly Knowledge.Documents.DocumentKnowledge Voucher = RuleDocuments.Read(RuleDocuments.Voucher);

    [Fact]
    public void An_item_on_the_list_is_in()
    {
        var answer = RuleDocuments.AskSure(Voucher, "무인운반차도 물류설비에 포함되나요?");

        Assert.Equal(Eligibility.Yes, answer.Eligible);
        Assert.Contains("무인운반차", answer.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void An_item_missing_from_an_open_list_is_not_in_the_document()
    {
        Assert.Equal(Eligibility.NotInDocument, RuleDocuments.AskSure(Voucher, "드론도 물류설비에 포함되나요?").Eligible);
    }

    [Fact]
    public void An_item_missing_from_a_closed_list_is_not_in_it()
    {
        var document = RuleDocuments.Read("""
            보도자료

            「2025년 항만 장비 지원사업」 공고

            ○ 지원 장비*는 아래 품목으로 한정한다.

            * 크레인, 지게차, 야드트랙터
            """);

        Assert.Equal(Eligibility.No, RuleDocuments.AskSure(document, "컨베이어도 지원 장비에 들어가나요?").Eligible);
    }

    [Fact]
    public void An_abbreviation_counts_as_its_full_name()
    {
        var document = RuleDocuments.Read("""
            보도자료

            「2025년 입지 연계 지원사업」 공고

            ○ 지역의 거점지구*를 연계하여 지원한다.

            * 국가산업단지, 경제자유구역, 혁신도시 등
            """);

        Assert.Equal(Eligibility.Yes, RuleDocuments.AskSure(document, "경자구역도 거점지구에 들어가나요?").Eligible);
    }
}
