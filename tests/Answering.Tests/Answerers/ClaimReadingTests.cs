using Answering.Understanding;

namespace Answering.Tests.Answerers;

/// <summary>"들었어요" is hearsay in a claim (…라고 들었어요) but 들다 (to give) in "이유로 뭘 들었어요".</summary>
public sealed class ClaimReadingTests
{
    [Fact]
    public void A_question_asking_what_was_given_as_the_reason_is_not_a_claim()
    {
        Assert.False(QuestionReader.Read("반도체 수출이 늘어난 이유로 뭘 들었어요?").IsClaim);
        Assert.True(QuestionReader.Read("반도체 수출이 36.5% 늘었다고 들었어요").IsClaim);
    }
}
