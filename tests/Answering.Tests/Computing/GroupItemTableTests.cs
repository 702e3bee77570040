namespace Answering.Tests.Computing;

/// <summary>A budget table of group | item rows with 증감 beside two years: an item row's rate is over the earlier year, not over the 증감 cell.</summary>
public sealed class GroupItemTableTests
{
    private const string Doc = "mof-2026-02-03-harbour-fund-plan.txt";

    [Fact]
    public void A_rate_asked_of_a_row_with_a_stated_change_is_over_the_earlier_year_not_the_change()
    {
        using var engine = new OneDocumentEngine(Doc);

        var answer = engine.Ask("등대정비 예산 증가율 계산해줘");

        Assert.Contains(answer.Figures, f => f.Unit == "%" && f.Value == 20 && f.Formula == "(120 - 100) / 100 × 100");
        Assert.Contains(answer.Citations, c => engine.Lines[c.Lines.From - 1].Contains("등대정비", StringComparison.Ordinal));
    }
}
