using Answering.Contract;

namespace Answering.Tests.Rules.Evaluation;

/// <summary>An exception naming the moves it allows between types (도약형 → 성장형) holds only for those moves.</summary>
public sealed class TransitionsTests
{
    private static readonly Knowledge.Documents.DocumentKnowledge Faq = RuleDocuments.Read("""
        보도자료

        「2026년 공방 혁신바우처」 자주 묻는 질문

        문 1) 작년에 이 바우처를 받았는데, 올해 다시 신청할 수 있나요?
        답) 최근 2년('24·'25년) 동안 공방 혁신바우처를 지원받은 기업은 신청할 수 없습니다.
         - 다만, 하위 유형을 지원받은 기업이 상위 유형(기초형 → 심화형·수출형, 심화형 → 수출형)으로 신청하는 경우에는 1회에 한해 신청할 수 있습니다.
        """, "mcst-2026-02-01-workshop-voucher-faq.txt");

    [Theory]
    [InlineData("'25년에 공방 혁신바우처 기초형 지원을 받았는데 올해는 수출형으로 신청할 수 있을까요?", Eligibility.Yes)]
    [InlineData("'25년에 공방 혁신바우처 심화형 지원을 받았는데 올해는 기초형으로 신청할 수 있을까요?", Eligibility.No)]
    public void A_move_along_an_arrow_is_allowed_and_any_other_is_not(string question, string expected) =>
        Assert.Equal(expected, RuleDocuments.AskSure(Faq, question).Eligible);
}
