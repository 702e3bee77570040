using Answering.Understanding;

namespace Answering.Tests.Understanding;

/// <summary>"A 중 B 비율" asks B's share of A, whether or not it says 몇 %.</summary>
public sealed class ShareQuestionTests
{
    [Theory]
    [InlineData("신규 조성 중 인구감소지역 비율은?")]
    [InlineData("점검 사업장 중 중소 사업장 비율이 가장 높은 곳은?")]
    public void A_part_of_a_whole_asked_as_a_ratio_is_a_share(string text)
    {
        Assert.Equal(Operation.Share, QuestionReader.Read(text).Operation);
    }
}
