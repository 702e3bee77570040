using System.Globalization;

namespace Answering.Tests.Answerers;

/// <summary>
/// A table stating a part column beside its whole (점검 사업장 계 / 중소 사업장) but no share: "비율이 가장 높은 시도" divides
/// row by row and ranks, every share shown with its formula.
/// </summary>
public sealed class RankedSharesTests : IDisposable
{
    private readonly OneDocumentEngine _engine = new("moe-2025-03-04-reporting-penalty.txt");

    /// <summary>Each 시·도 row's part ÷ whole, from the document's own lines.</summary>
    private Dictionary<string, double> Shares()
    {
        var lines = _engine.Lines;
        var start = Array.FindIndex(lines, l => l.StartsWith("시·도\t", StringComparison.Ordinal)) + 2;
        return lines.Skip(start).TakeWhile(l => l.Contains('\t', StringComparison.Ordinal) && !l.StartsWith("합계", StringComparison.Ordinal))
            .Select(l => l.Split('\t'))
            .ToDictionary(c => c[0], c => double.Parse(c[2], CultureInfo.InvariantCulture) / double.Parse(c[1], CultureInfo.InvariantCulture) * 100);
    }

    [Fact]
    public void The_highest_share_is_computed_for_every_row_and_ranked()
    {
        var answer = _engine.Ask("점검 사업장 중 중소 사업장 비율이 가장 높은 시도는?");

        var top = Shares().MaxBy(s => s.Value);
        Assert.Equal("computed", answer.Kind);
        Assert.StartsWith(top.Key, answer.Text[(answer.Text.IndexOf("곳은 ", StringComparison.Ordinal) + 3)..], StringComparison.Ordinal);
        Assert.Contains(answer.Figures, f => f.Unit == "%" && Math.Abs(f.Value - top.Value) < 0.05 && f.Formula?.Contains('/', StringComparison.Ordinal) == true);
    }

    [Fact]
    public void The_lowest_share_names_the_lowest_row()
    {
        var answer = _engine.Ask("점검 사업장 중 중소 사업장 비율이 가장 낮은 곳은 어디예요?");

        var bottom = Shares().MinBy(s => s.Value);
        Assert.Contains(answer.Figures, f => f.Unit == "%" && Math.Abs(f.Value - bottom.Value) < 0.05);
        Assert.Contains(bottom.Key, answer.Text, StringComparison.Ordinal);
    }

    public void Dispose() => _engine.Dispose();
}
