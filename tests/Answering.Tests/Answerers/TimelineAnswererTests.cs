namespace Answering.Tests.Answerers;

/// <summary>A question after a period (언제부터 언제까지, application period) is answered with the line that writes the span.</summary>
public sealed class TimelineAnswererTests
{
    private const string Sobujang = "motie-2024-02-22-sobujang-process-innovation.txt";

    [Fact]
    public void An_application_period_is_answered_with_the_line_that_writes_its_span()
    {
        var lines = SuiteEngine.Lines(Sobujang);
        var spanLines = Enumerable.Range(1, lines.Length).Where(n => System.Text.RegularExpressions.Regex.IsMatch(lines[n - 1], @"\d+\.\d+\s*~\s*\d+\.\d+|\d+일\(.\)부터")).ToHashSet();
        Assert.NotEmpty(spanLines);

        var answer = SuiteEngine.Ask("When can companies apply for the 2024 sobujang process innovation program?");

        Assert.Equal("timeline", answer.Kind);
        Assert.Contains(answer.Citations, c => c.Doc == Sobujang && spanLines.Contains(c.Lines.From));
    }

    [Theory]
    [InlineData("항만 하역장비 국산화 사업 보도자료는 언제부터 보도할 수 있어요?")]
    [InlineData("When can the port handling equipment (항만 하역장비) release be published?")]
    public void Asking_when_a_release_may_be_reported_is_answered_with_its_embargo_line(string question)
    {
        using var engine = new OneDocumentEngine("motie-2025-05-20-port-equipment-budget.txt");
        var embargoLine = Array.FindIndex(engine.Lines, l => l.Contains("보도하여 주시기 바랍니다", StringComparison.Ordinal)) + 1;

        var answer = engine.Ask(question);

        Assert.Contains(answer.Citations, c => c.Lines.From == embargoLine);
    }
}
