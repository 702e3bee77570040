namespace Answering.Tests.Answerers;

/// <summary>
/// An earlier amount worked back through its rate: the summary line states the amount alone, the body states it with
/// its rate, and "작년 같은 기간" is read as the comparison's period, not a measure named 기간.
/// </summary>
public sealed class BackComputeTests
{
    private static readonly OneDocumentEngine Engine = new("msit-2026-08-05-digital-content-release.txt");

    [Fact]
    public void The_rate_comes_from_the_sentence_that_states_the_same_amount_with_it()
    {
        var answer = Engine.Ask("음악 수출은 작년 같은 기간엔 얼마였던 셈이에요?");
        var rateLine = Array.FindIndex(Engine.Lines, l => l.Contains("8.5% 증가한 2.4억달러", StringComparison.Ordinal)) + 1;

        Assert.Equal("computed", answer.Kind);
        Assert.Contains(answer.Figures, f => Math.Abs(f.Value - 2.21) < 0.01 && f.Unit == "억달러" && f.Formula is not null);
        Assert.Contains(answer.Citations, c => c.Lines.From == rateLine);
    }

    [Fact]
    public void The_second_part_of_a_difference_keeps_the_subject_written_once()
    {
        var answer = Engine.Ask("실감콘텐츠 테스트베드 조성 총사업비에서 내년 예산 빼면 얼마 남아요?");

        Assert.Contains(answer.Figures, f => f.Value == 840 && f.Unit == "억원");
    }
}
