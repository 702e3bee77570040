using Answering.Understanding;

namespace Answering.Tests.FollowUps;

/// <summary>
/// Follow-ups that ask a change of what the earlier turn named, on an invented release no code names: a period named
/// only as the base (올해 예산이랑 비교하면) against the cell the earlier answer read, a bare "그럼 출동률은?" after a change
/// was asked, and a group of budget rows named by its header, whose 소계 row is the group.
/// </summary>
public sealed class ChangeFollowUpTests
{
    private static readonly OneDocumentEngine Engine = new("kma-2026-03-10-marine-weather-fund.txt");

    [Fact]
    public void A_change_against_a_period_compares_the_earlier_answers_cell_with_that_periods_row()
    {
        var answer = Engine.Ask("작년 예산이랑 비교하면 몇 % 증가한 건가요?", "2026년 예보 분야 예산은 얼마예요?");

        Assert.Contains(answer.Figures, f => Math.Abs(f.Value - 10) < 0.05 && f.Unit == "%" && f.Formula == "(1100 - 1000) / 1000 × 100");
    }

    [Fact]
    public void A_bare_follow_up_after_a_change_reads_the_new_measure_and_its_change()
    {
        var answer = Engine.Ask("그럼 출동률은?", "동해권 관측요원 몇 명 늘었어?");

        Assert.Contains(answer.Figures, f => f.Value == 61.0 && f.Unit == "%");
        Assert.Contains(answer.Figures, f => f.Value == 1.5 && f.Unit == "%p");
    }

    [Fact]
    public void A_group_named_by_its_header_is_read_from_its_subtotal_row()
    {
        var answer = Engine.Ask("관측인프라 예산은 작년보다 몇 % 늘어난 거예요?");

        Assert.Contains(answer.Figures, f => Math.Abs(f.Value - 10) < 0.05 && f.Unit == "%" && f.Formula == "(1650 - 1500) / 1500 × 100");
    }

    [Theory]
    [InlineData("그럼 올해보다 얼마 늘어난 거야? 금액이랑 %로", Operation.Growth)]
    [InlineData("작년보다 얼마 줄었어?", Operation.Difference)]
    public void A_change_asked_in_an_amount_and_a_percentage_is_a_growth(string text, Operation operation)
    {
        Assert.Equal(operation, QuestionReader.Read(text).Operation);
    }
}
