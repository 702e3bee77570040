using Answering.Contract;

namespace Answering.Tests.Answerers;

public sealed class RankUnstatedTests
{
    [Fact]
    public void Single_figures_that_state_no_first_or_last_do_not_answer_a_ranking()
    {
        // The call gives the scoring items, the 70-point threshold and the count selected, but no consortium's score.
        var answer = SuiteEngine.Ask("What was the final evaluation score of the top-ranked consortium in the 2023 manufacturing-site AI demonstration program (제조현장 AI 실증사업)?");

        Assert.False(answer.Answerable);
        Assert.Equal(AnswerKinds.OutOfScope, answer.Kind);
    }

    [Fact]
    public void A_ranking_the_table_makes_is_still_answered()
    {
        var answer = SuiteEngine.Ask("2022년 지역특화산업 육성사업 시·도별 예산 배분에서 가장 많이 받은 곳은 어디예요?");

        Assert.True(answer.Answerable);
        Assert.Contains("경북", answer.Text, StringComparison.Ordinal);
    }
}
