namespace Answering.Tests.Evidence;

/// <summary>
/// An invented budget explanation written in 2025 about the 2026 budget: a project is named by the last level of nested
/// keys, the year the question names the document by picks the ’26 column, and 얼마나 변했어 reads a stated change.
/// </summary>
public sealed class NestedKeyBudgetTests
{
    private static readonly OneDocumentEngine Engine = new("mcst-2025-08-28-2026-heritage-budget.txt");

    [Fact]
    public void A_project_under_nested_keys_is_named_by_its_own_name_in_the_year_the_question_names()
    {
        var answer = Engine.Ask("2026 문화유산청 예산안에서 목조건축 방재설비 보강 사업 예산은 얼마인가요?");

        Assert.Contains(answer.Figures, f => f.Value == 598);
        Assert.DoesNotContain(answer.Figures, f => f.Value == 620);
        Assert.Contains("목조건축", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void How_much_a_rate_changed_from_last_year_reads_the_stated_change()
    {
        var answer = Engine.Ask("5월 유료 비율 몇 %고 작년보다 얼마나 변했어?");

        Assert.Contains(answer.Figures, f => f.Value is -0.4 or 0.4);
    }

    [Fact]
    public void A_level_asked_beside_its_change_reads_both_and_a_fall_as_a_decrease()
    {
        var answer = Engine.Ask("20대 관람객은 몇 명이고 얼마나 줄었어?");

        Assert.Contains(answer.Figures, f => f.Value == 310);
        Assert.Contains("14천명 감소", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(answer.Figures, f => f.Value == 324);
    }

    [Fact]
    public void The_change_column_of_the_measure_named_is_read_not_its_neighbours()
    {
        var answer = Engine.Ask("30대 재방문율이 얼마였죠? 작년 대비로는요?");

        Assert.Contains(answer.Figures, f => f.Value == 25.1);
        Assert.DoesNotContain(answer.Figures, f => f.Value == 21);
    }

    [Fact]
    public void A_share_is_never_worked_out_of_rates()
    {
        var answer = Engine.Ask("석조문화재 정밀진단 증감률에서 목조건축 방재설비 보강 증감률이 차지하는 비중은?");

        Assert.DoesNotContain(answer.Figures, f => f.Formula is not null && f.Inputs.All(i => i.Unit == "%"));
    }
}
