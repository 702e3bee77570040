using Answering.Contract;

namespace Answering.Tests.Evidence;

public sealed class MeasureMissingTests
{
    [Fact]
    public void A_measure_no_cell_carries_is_not_answered_with_the_row_it_names()
    {
        using var engine = new OneDocumentEngine("motie-2025-05-20-port-equipment-budget.txt");

        var answer = engine.Ask("2025년 실증 분야 민간 투자액은 얼마예요?");

        Assert.False(answer.Answerable);
        Assert.Equal(AnswerKinds.OutOfScope, answer.Kind);
    }

    [Theory]
    [InlineData("경남 지방비는 얼마예요?")]
    [InlineData("권역별 배정 중 경남 수출액은 얼마예요?")]
    public void A_region_the_table_has_does_not_stand_for_a_measure_it_lacks(string question)
    {
        using var engine = new OneDocumentEngine("motie-2025-05-20-port-equipment-budget.txt");

        var answer = engine.Ask(question);

        Assert.False(answer.Answerable);
        Assert.Equal(AnswerKinds.OutOfScope, answer.Kind);
    }

    [Fact]
    public void The_measure_a_column_carries_is_answered()
    {
        using var engine = new OneDocumentEngine("motie-2025-05-20-port-equipment-budget.txt");
        var row = engine.Lines.First(l => l.StartsWith("경남\t", StringComparison.Ordinal)).Split('\t');

        var answer = engine.Ask("경남 배정액은 얼마예요?");

        Assert.True(answer.Answerable);
        Assert.Contains($"{row[1]}억원", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024년 7월 수출입 동향 기준 7월 반도체 수입액은 얼마예요?")]
    [InlineData("2024년 7월 수출입 동향에서 7월 중소기업 수출액은 얼마로 나와 있나요?")]
    public void A_figure_of_the_measure_beside_the_one_asked_does_not_answer_it(string question)
    {
        // Exports are given by item, imports only by energy and non-energy, and no figure by firm size.
        var answer = SuiteEngine.Ask(question);

        Assert.False(answer.Answerable);
        Assert.Equal(AnswerKinds.OutOfScope, answer.Kind);
    }

    [Fact]
    public void The_same_words_of_a_measure_the_table_holds_are_answered()
    {
        var row = SuiteEngine.Rows("motie-2024-08-01-export-import-trends.txt", c => c[0] == "반도체").First();

        var answer = SuiteEngine.Ask("2024년 7월 수출입 동향 기준 7월 반도체 수출액은 얼마예요?");

        Assert.True(answer.Answerable);
        Assert.Contains(row[1], answer.Text, StringComparison.Ordinal);
    }
}
