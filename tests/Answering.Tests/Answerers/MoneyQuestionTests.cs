namespace Answering.Tests.Answerers;

/// <summary>A question about a sum of money (상금, 과태료) is answered with money or not at all, never with a count or a duration beside it.</summary>
public sealed class MoneyQuestionTests
{
    [Fact]
    public void A_sum_of_money_the_awards_table_does_not_give_is_not_answered_with_another_figure()
    {
        // The sobujang awards table lists 부문, 훈격 and 시상 수, never an amount of prize money (상금 is money).
        Assert.DoesNotContain(SuiteEngine.Lines("motie-2024-02-22-sobujang-process-innovation.txt"), l => l.Contains("상금", StringComparison.Ordinal));

        var answer = SuiteEngine.Ask("How much prize money was the grand prize winner of the 2024 sobujang awards given?");

        Assert.DoesNotContain(answer.Figures, f => f.Unit is not ("원" or "만원" or "억원" or "백만원"));
    }
}
