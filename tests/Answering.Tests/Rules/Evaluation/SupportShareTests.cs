using Answering.Contract;

namespace Answering.Tests.Rules.Evaluation;

/// <summary>
/// Support granted as a share of a whole with a cap (총사업비의 60% 이내에서 최대 1억원까지 지원): the amount the asker asks
/// to receive is checked against both, and an exception raising the share for some (인구감소지역 … 70% 이내) replaces it.
/// </summary>
public sealed class SupportShareTests
{
    private static readonly Knowledge.Documents.DocumentKnowledge Call = RuleDocuments.Read("""
        보도자료

        「2025년 소공인 작업환경 개선 지원사업」 참여기업 모집

        □ (지원내용) 집진기·환기설비 등 개선 설비의 구입·설치비를 총사업비의 60% 이내에서 기업당 최대 1억원까지 지원한다.

        ○ 다만, 인구감소지역에 사업장이 있는 기업은 총사업비의 70% 이내에서 지원한다.
        """, "mss-2025-05-02-workshop-environment.txt");

    [Theory]
    [InlineData("인구감소지역이 아닌 곳에 있고 총사업비가 2억원이에요. 국비로 1억 2천만원 지원받을 수 있나요?", Eligibility.No)]
    [InlineData("인구감소지역이 아닌 곳에 있고 총사업비가 1억원이에요. 6천만원 지원받을 수 있나요?", Eligibility.Yes)]
    [InlineData("인구감소지역이 아닌 곳에 있고 총사업비가 1억원이에요. 6,500만원 지원받을 수 있나요?", Eligibility.No)]
    [InlineData("인구감소지역에 작업장이 있고 총사업비가 1억원이에요. 6,500만원 지원받을 수 있나요?", Eligibility.Yes)]
    public void The_amount_asked_for_is_checked_against_the_share_and_the_cap(string question, string expected) =>
        Assert.Equal(expected, RuleDocuments.AskSure(Call, question).Eligible);

    [Fact]
    public void The_share_is_shown_with_its_formula()
    {
        var answer = RuleDocuments.AskSure(Call, "인구감소지역이 아닌 곳에 있고 총사업비가 1억원이에요. 6,500만원 지원받을 수 있나요?");
        Assert.Contains(answer.Figures, f => f.Formula is { } formula && formula.Contains('÷'));
    }
}
