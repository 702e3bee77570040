namespace Answering.Tests.Composing;

/// <summary>
/// A sentence that rounds a table's figure (1,562만명 for 15,624천명) restates it, and is quoted as written; a sentence that writes another figure at
/// its own precision (2.1% for 2.2) is still shown as the document disagreeing with itself, with both figures listed.
/// </summary>
public sealed class RoundedFigureTests : IDisposable
{
    private readonly OneDocumentEngine _engine = new("moel-2025-11-12-insured-workers.txt");

    [Fact]
    public void A_figure_rounded_in_the_text_is_not_a_disagreement()
    {
        var answer = _engine.Ask("10월 고용보험 피보험자 전체는 몇 명이에요?");

        Assert.DoesNotContain("서로 다릅니다", answer.Text, StringComparison.Ordinal);
        Assert.Contains("1,562만명", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rate_written_otherwise_at_its_own_precision_is_still_a_disagreement_with_both_figures_listed()
    {
        var answer = _engine.Ask("'25.10월 여성 피보험자 증감률은 몇 %예요?");

        Assert.Contains("서로 다릅니다", answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Figures, f => f.Value == 2.1);
        Assert.Contains(answer.Figures, f => f.Value == 2.2);
    }

    public void Dispose() => _engine.Dispose();
}
