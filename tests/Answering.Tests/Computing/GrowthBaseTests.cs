namespace Answering.Tests.Computing;

/// <summary>
/// Growth rates whose base the document gives in several ways, on an invented release no code names: in brackets after
/// the period it belongs to (지난해(2,500억원)보다), as a '25년 column of a budget row beside a rate the text states as a
/// level (연 3.5% 고정 수수료), as a later column a 증원 column leads to, and only as a level beside its change against
/// the year before (관측요원 1,250명, 전년동월대비 250명).
/// </summary>
public sealed class GrowthBaseTests
{
    private static readonly OneDocumentEngine Engine = new("kma-2026-03-10-marine-weather-fund.txt");

    [Fact]
    public void A_base_in_brackets_after_its_period_is_the_earlier_side()
    {
        var answer = Engine.Ask("2026년 해양기상 지원사업 전체 규모 증가율은?");

        Assert.Contains(answer.Figures, f => Math.Abs(f.Value - 10) < 0.05 && f.Unit == "%" && f.Formula == "(2750 - 2500) / 2500 × 100");
    }

    [Fact]
    public void Last_year_as_the_base_compares_this_years_amount_with_it()
    {
        var answer = Engine.Ask("해양기상 지원사업 규모는 작년 대비 몇 % 늘었어?");

        Assert.Contains(answer.Figures, f => Math.Abs(f.Value - 10) < 0.05 && f.Unit == "%");
    }

    [Fact]
    public void A_rate_stated_as_a_level_gives_way_to_the_row_that_changed()
    {
        var answer = Engine.Ask("등대자금 예산 증가율 계산해줘");

        Assert.Contains(answer.Figures, f => Math.Abs(f.Value - 25) < 0.05 && f.Unit == "%" && f.Formula == "(500 - 400) / 400 × 100");
        Assert.DoesNotContain(answer.Figures, f => f.Value == 3.5);
    }

    [Fact]
    public void A_staffing_increase_rate_is_over_the_earlier_headcount()
    {
        var answer = Engine.Ask("남해 관측소 정원 증원율은 몇 %인가요?");

        Assert.Contains(answer.Figures, f => Math.Abs(f.Value - 10) < 0.05 && f.Unit == "%" && f.Formula == "(440 - 400) / 400 × 100");
    }

    [Fact]
    public void A_level_beside_its_change_against_last_year_works_out_the_base_first()
    {
        var answer = Engine.Ask("동해권 관측요원은 작년 2월보다 몇 % 늘어난 거야?");

        Assert.Contains(answer.Figures, f => f.Value == 1000 && f.Formula == "1250 - 250");
        Assert.Contains(answer.Figures, f => Math.Abs(f.Value - 25) < 0.05 && f.Unit == "%" && f.Formula == "(1250 - 1000) / 1000 × 100");
        Assert.Contains("늘었습니다", answer.Text, StringComparison.Ordinal);
    }
}
