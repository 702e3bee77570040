namespace Answering.Tests.Computing;

/// <summary>
/// Comparisons with an earlier period as questions word them ("X가 작년보다 몇 %"), on an invented release no code
/// names: the subject found in its own period and in the earlier one, the earlier amount a sentence writes beside the
/// later one (전년 동기(5,120억원)), a 선정 규모 column counted in 개사, and an exact figure preferred to a headline's rounding.
/// </summary>
public sealed class PeriodComparisonTests
{
    private static readonly OneDocumentEngine Engine = new("mof-2026-07-20-fishing-village-startup.txt");

    [Fact]
    public void A_subject_compared_with_last_year_is_found_in_both_years()
    {
        var answer = Engine.Ask("어촌 창업 바우처 선정 기업 수가 작년 실적보다 몇 % 늘어나요?");

        // 380개사 planned against 320개사 selected last year: (380 − 320) / 320 = 18.75%.
        Assert.Contains(answer.Figures, f => Math.Abs(f.Value - 18.8) < 0.06 && f.Unit == "%");
    }

    [Fact]
    public void The_earlier_amount_written_beside_the_later_one_is_the_base()
    {
        var answer = Engine.Ask("수산 가공 분야 지원은 작년 상반기보다 금액으로 얼마나 늘었어요?");

        Assert.Contains(answer.Figures, f => Math.Abs(f.Value - 1360) < 0.5 && f.Unit == "억원");
    }

    [Fact]
    public void A_selection_size_column_is_counted_in_companies()
    {
        var answer = Engine.Ask("선도형 선정 규모는 몇 개사예요?");

        Assert.Contains("80개사", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_exact_figure_is_divided_rather_than_the_headlines_rounding()
    {
        var answer = Engine.Ask("2026년 상반기 어촌 창업 지원액을 창업 기업 수로 나누면 기업 한 곳당 평균 얼마예요?");

        // 37,640억원 / 1,520개사 = 24.76억원, not 38,000 / 1,520 = 25억원.
        Assert.Contains(answer.Figures, f => Math.Abs(f.Value - 24.8) < 0.06 && f.Unit == "억원");
    }

    [Fact]
    public void A_difference_from_one_row_says_the_rate_the_table_states_beside_it()
    {
        var answer = Engine.Ask("How much support went to Busan in the first half of 2026, and by how much did it grow year on year?");

        Assert.Contains(answer.Figures, f => Math.Abs(f.Value - 25) < 0.05 && f.Unit == "%");
    }
}
