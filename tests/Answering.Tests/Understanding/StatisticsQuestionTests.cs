namespace Answering.Tests.Understanding;

/// <summary>How statistics releases are asked about: age decades for age bands, a change asked as 얼마나 늘었나, glossary terms.</summary>
public sealed class StatisticsQuestionTests
{
    private const string Doc = "mafra-2025-05-20-farm-drone-subsidy.txt";

    [Fact]
    public void An_age_decade_reads_the_age_band_row()
    {
        using var engine = new OneDocumentEngine(Doc);

        var answer = engine.Ask("연령대별로 30대 조종 인력은 '24년에 몇 명이에요?");

        Assert.Contains("4,800", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void How_much_a_row_grew_is_read_from_the_change_column()
    {
        using var engine = new OneDocumentEngine(Doc);

        var answer = engine.Ask("방제 비용은 전년보다 얼마나 늘었어요?");

        Assert.Contains("30억원", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void How_much_a_row_grew_reads_the_change_and_its_rate_when_the_table_gives_both()
    {
        using var engine = new OneDocumentEngine(Doc);

        var answer = engine.Ask("연령대별로 20대 조종 인력은 전년보다 얼마나 늘었어요?");

        Assert.Contains("900명", answer.Text, StringComparison.Ordinal);
        Assert.Contains("50%", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_glossary_entry_defines_the_term_before_its_colon()
    {
        using var engine = new OneDocumentEngine(Doc);

        var answer = engine.Ask("여기서 말하는 방제 면적이 뭐예요?");

        Assert.Contains(answer.Citations, c => engine.Lines[c.Lines.From - 1].Contains("방제 면적 :", StringComparison.Ordinal));
    }
}
