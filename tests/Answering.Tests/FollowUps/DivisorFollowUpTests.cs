namespace Answering.Tests.FollowUps;

/// <summary>
/// A follow-up that names only what to divide by ("그 해 웹툰 수출액으로 나누면") divides the earlier turn's subject, and
/// one that asks a per-company amount after a count divides by that count.
/// </summary>
public sealed class DivisorFollowUpTests
{
    private static readonly OneDocumentEngine Engine = new("msit-2026-08-05-digital-content-release.txt");

    [Fact]
    public void A_turn_naming_only_the_divisor_divides_the_earlier_subject()
    {
        var answer = Engine.Ask("그 해 웹툰 수출액으로 나누면 몇 배예요?", "'26년 상반기 게임 수출액 얼마예요?");

        Assert.Equal("computed", answer.Kind);
        Assert.Contains(answer.Figures, f => Math.Abs(f.Value - 3.38) < 0.01 && f.Formula is not null);
    }

    [Fact]
    public void A_per_company_amount_after_a_count_divides_by_the_count_asked()
    {
        var answer = Engine.Ask("그럼 한 곳당 평균 지원금은 얼마예요?", "올해 콘텐츠 수출바우처 도약형은 몇 개사 뽑혔어요?");

        Assert.Contains(answer.Figures, f => Math.Abs(f.Value - 25) < 0.01 && f.Unit == "백만원");
    }
}
