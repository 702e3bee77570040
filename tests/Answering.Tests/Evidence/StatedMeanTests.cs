using System.Globalization;

namespace Answering.Tests.Evidence;

/// <summary>
/// "평균 점수는 몇 점": a 평균 row states the answer, and it outranks a row whose description cell happens to carry the
/// programme's name (허브장 운영성과평가 반영); a score is asked of scores, never of a count beside them.
/// </summary>
public sealed class StatedMeanTests : IDisposable
{
    private readonly OneDocumentEngine _engine = new("mss-2025-09-10-export-hub-evaluation.txt");

    private double[] MeanRow() =>
        [.. _engine.Lines.Single(l => l.StartsWith("평균\t", StringComparison.Ordinal)).Split('\t').Skip(2).Select(v => double.Parse(v, CultureInfo.InvariantCulture))];

    [Fact]
    public void The_mean_asked_is_the_stated_mean_row()
    {
        var answer = _engine.Ask("2025년 수출지원허브 운영성과평가에서 12개 허브 평균 점수는 몇 점이에요?");

        Assert.True(answer.Answerable);
        Assert.Equal(MeanRow()[0], Assert.Single(answer.Figures).Value);
        Assert.Contains(answer.Citations, c => c.Quote.StartsWith("평균", StringComparison.Ordinal));
    }

    [Fact]
    public void Both_parts_of_a_mean_and_its_earlier_year_are_scores()
    {
        var answer = _engine.Ask("2025년 수출지원허브 운영성과평가에서 허브 평균 점수는 몇 점이고, 전년 평균은 몇 점이었나요?");

        var means = MeanRow();
        Assert.Contains(answer.Figures, f => f.Value == means[0] && f.Unit == "점");
        Assert.Contains(answer.Figures, f => f.Value == means[1] && f.Unit == "점");
        Assert.All(answer.Figures, f => Assert.Equal("점", f.Unit));
    }

    [Fact]
    public void A_claim_about_the_mean_changing_is_checked_against_the_change()
    {
        var means = MeanRow();
        var change = Math.Round(means[0] - means[1], 1).ToString(CultureInfo.InvariantCulture);

        var answer = _engine.Claim($"2025년 수출지원허브 운영성과평가에서 허브 평균 점수가 전년보다 {change}점 올랐다");

        Assert.Equal("supported", answer.Verdict);
    }

    [Fact]
    public void A_claimed_rise_of_a_row_that_fell_is_refuted_with_the_change()
    {
        var cells = _engine.Lines.First(l => l.StartsWith("대구\t", StringComparison.Ordinal)).Split('\t');
        var (now, before) = (double.Parse(cells[2], CultureInfo.InvariantCulture), double.Parse(cells[3], CultureInfo.InvariantCulture));
        var change = Math.Abs(Math.Round(now - before, 1)).ToString(CultureInfo.InvariantCulture);

        var answer = _engine.Claim($"대구 허브 점수가 전년보다 {change}점 올랐다");

        Assert.Equal(now > before ? "supported" : "refuted", answer.Verdict);
        Assert.Contains(answer.Figures, f => f.Formula is not null && Math.Abs(Math.Abs(f.Value) - Math.Abs(now - before)) < 1e-9);
    }

    public void Dispose() => _engine.Dispose();
}
