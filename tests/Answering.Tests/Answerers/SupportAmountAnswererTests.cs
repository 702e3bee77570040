namespace Answering.Tests.Answerers;

/// <summary>Support for a cost the asker names: the row's rate times the cost, held under the row's cap.</summary>
public sealed class SupportAmountAnswererTests
{
    private const string Doc = "mafra-2025-05-20-farm-drone-subsidy.txt";

    [Fact]
    public void Rate_times_cost_within_the_cap_is_the_support()
    {
        using var engine = new OneDocumentEngine(Doc);

        var answer = engine.Ask("일반농이 1,000만원짜리 드론을 사면 보조금이 얼마예요?");

        var figure = Assert.Single(answer.Figures);
        Assert.Equal(500, figure.Value);
        Assert.Equal("만원", figure.Unit);
        Assert.Contains(answer.Citations, c => engine.Lines[c.Lines.From - 1].StartsWith("일반농", StringComparison.Ordinal));
    }

    [Fact]
    public void Rate_times_cost_above_the_cap_is_held_at_the_cap()
    {
        using var engine = new OneDocumentEngine(Doc);

        var answer = engine.Ask("청년농인데 드론을 2,000만원에 사면 얼마 보조받아요?");

        Assert.Contains(answer.Figures, f => f.Value == 1200 && f.Formula!.StartsWith("min(", StringComparison.Ordinal));
        Assert.Contains("1,200만원", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_applicants_own_share_is_the_cost_less_the_support()
    {
        using var engine = new OneDocumentEngine(Doc);

        var answer = engine.Ask("일반농이 1,000만원짜리 드론을 사면 자부담은 얼마예요?");

        Assert.Contains(answer.Figures, f => f.Value == 500 && f.Formula == "1000 - 500");
    }

    [Fact]
    public void The_cost_that_earns_the_whole_cap_is_the_cap_over_the_rate()
    {
        using var engine = new OneDocumentEngine(Doc);

        var answer = engine.Ask("영농법인이 보조 상한을 다 받으려면 드론 구입가가 최소 얼마여야 해요?");

        Assert.Contains(answer.Figures, f => f.Value == 5000 && f.Unit == "만원");
    }

    [Fact]
    public void A_follow_up_naming_only_the_cost_keeps_the_earlier_applicant()
    {
        using var engine = new OneDocumentEngine(Doc);

        var answer = engine.Ask("그럼 600만원짜리면 얼마 받아요?", "청년농은 드론 보조율이 몇 %예요?");

        Assert.Contains(answer.Figures, f => f.Value == 480);
    }
}
