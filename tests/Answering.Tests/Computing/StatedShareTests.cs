namespace Answering.Tests.Computing;

/// <summary>A share the table also states in a row of its own (비중): the computed share cites that row too.</summary>
public sealed class StatedShareTests
{
    private static readonly OneDocumentEngine Engine = new("msit-2026-08-05-digital-content-release.txt");

    [Fact]
    public void A_computed_share_cites_the_row_that_states_it()
    {
        var answer = Engine.Ask("상반기 웹툰 수출액은 전체에서 비중이 얼마나 돼요?");
        var statedLine = Array.FindIndex(Engine.Lines, l => l.StartsWith("'26년 상반기 비중", StringComparison.Ordinal)) + 1;

        Assert.Equal("computed", answer.Kind);
        Assert.Contains(answer.Figures, f => Math.Abs(f.Value - 15.5) < 0.05 && f.Formula is not null);
        Assert.Contains(answer.Citations, c => c.Lines.From == statedLine);
    }
}
