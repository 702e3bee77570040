using Answering.Contract;

namespace Answering.Tests.Rules.Facts;

/// <summary>
/// An FAQ answer that denies what is asked of the asker's case and then gives a way in after all (…참여할 수 없습니다.
/// …를 포기하면 신청할 수 있으나): the answer depends on that way, which the asker has not said they take.
/// </summary>
public sealed class DenialWayOutTests
{
    private static readonly Knowledge.Documents.DocumentKnowledge Faq = RuleDocuments.Read("""
        보도자료

        「2026년 공방 디자인바우처」 자주 묻는 질문

        Q7. 올해 공방 판로바우처에도 선정되었습니다. 디자인바우처도 받을 수 있나요?
        A. 같은 연도에 공방 판로바우처를 지원받는 공방은 디자인바우처에 참여할 수 없습니다. 판로바우처 협약을 해지하면 신청할 수 있으나, 해지 확인서를 함께 제출해야 합니다.

        Q8. 신청 기간은 언제인가요?
        A. 3월 2일부터 3월 20일까지 온라인으로 신청합니다.
        """);

    [Fact]
    public void A_denial_followed_by_a_way_in_makes_the_case_depend_on_it()
    {
        var answer = RuleDocuments.AskSure(Faq, "올해 판로바우처에 뽑혔는데 디자인바우처도 같이 신청할 수 있어?");

        Assert.Equal(Eligibility.Depends, answer.Eligible);
        Assert.Contains("해지하면", answer.Text, StringComparison.Ordinal);
    }
}
