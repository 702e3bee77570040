using Answering.Contract;

namespace Answering.Tests.Evidence;

public sealed class PlaceMissingTests
{
    private const string Evaluation = "mss-2024-06-27-growth-center-evaluation.txt";

    [Fact]
    public void A_figure_of_all_places_is_not_the_figure_of_the_place_asked()
    {
        // Area scores are published only as averages over all centres; per centre only the overall score.
        var answer = SuiteEngine.Ask("2024년 성장센터 평가에서 경북센터의 주요사업 성과 영역 점수는 몇 점이에요?");

        Assert.False(answer.Answerable);
        Assert.Equal(AnswerKinds.OutOfScope, answer.Kind);
    }

    [Fact]
    public void The_figure_written_of_the_place_is_answered()
    {
        var row = SuiteEngine.Rows(Evaluation, c => c[0] == "경북").First();

        var answer = SuiteEngine.Ask("2024년 성장센터 평가에서 경북센터 종합점수는 몇 점이에요?");

        Assert.True(answer.Answerable);
        Assert.Contains(row.First(c => c.Contains('.', StringComparison.Ordinal)), answer.Text, StringComparison.Ordinal);
    }
}
