using Answering.Understanding;

namespace Answering.Tests.Understanding;

/// <summary>A superlative read with the measure written between it and its adjective (제일 배점이 큰, 가장 비중이 낮은).</summary>
public sealed class SuperlativeTests
{
    [Theory]
    [InlineData("서면평가에서 제일 배점이 큰 항목이 뭐예요?", RankOrder.Highest)]
    [InlineData("가장 비중이 낮은 업종은 어디예요?", RankOrder.Lowest)]
    [InlineData("가장 큰 분야는 어디예요?", RankOrder.Highest)]
    public void A_measure_between_the_superlative_and_its_adjective_still_ranks(string text, RankOrder order)
    {
        Assert.Equal(order, QuestionReader.Read(text).Rank);
    }
}
