using Answering.Contract;

namespace Answering.Tests.Rules.Evaluation;

/// <summary>
/// A bound followed by a bracket giving another amount for some of those it limits (… 30억원을 넘는 기업(비수도권 소재 기업은
/// 40억원)): an amount between the two depends on whether the asker is one of them; below both or above both does not.
/// </summary>
public sealed class ScopedBracketBoundTests
{
    private static readonly Knowledge.Documents.DocumentKnowledge Call = RuleDocuments.Read("""
        보도자료

        2026년 도자기 공방 성장자금 융자 안내

        □ 제외 대상: 다음에 해당하면 신청할 수 없다.
          ○ 성장자금 대출 잔액이 30억원을 넘는 기업(비수도권 소재 기업은 40억원)
        """, "mcst-2026-03-03-pottery-growth-loan.txt");

    [Theory]
    [InlineData("성장자금 대출 잔액이 35억원인데 성장자금 신청 가능해요?", Eligibility.Depends)]
    [InlineData("성장자금 대출 잔액이 35억원이고 본사는 전남에 있어요. 성장자금 신청 가능해요?", Eligibility.Yes)]
    [InlineData("성장자금 대출 잔액이 45억원인데 성장자금 신청 가능해요?", Eligibility.No)]
    public void An_amount_between_the_bound_and_its_bracketed_alternative_depends_on_the_scope(string question, string expected) =>
        Assert.Equal(expected, RuleDocuments.AskSure(Call, question).Eligible);
}
