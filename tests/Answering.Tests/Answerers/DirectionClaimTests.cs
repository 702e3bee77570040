using System.Globalization;
using Answering.Contract;

namespace Answering.Tests.Answerers;

/// <summary>
/// A claim that a row rose or fell (with no figure, or with a rate) is checked against the row's two period columns,
/// and answered with the change computed from them.
/// </summary>
public sealed class DirectionClaimTests : IDisposable
{
    private readonly OneDocumentEngine _engine = new("motie-2025-05-20-port-equipment-budget.txt");

    private (double Earlier, double Later) Row(string name)
    {
        var cells = _engine.Lines.First(l => l.StartsWith(name + "\t", StringComparison.Ordinal)).Split('\t');
        return (double.Parse(cells[1], CultureInfo.InvariantCulture), double.Parse(cells[2], CultureInfo.InvariantCulture));
    }

    private Answer Check(string claim) => _engine.Claim(claim);

    [Fact]
    public void A_fall_claimed_of_a_row_that_rose_is_refuted_with_the_change()
    {
        var (earlier, later) = Row("실증");

        var answer = Check("항만 하역장비 국산화 사업 실증 분야 예산이 줄었다던데 맞아요?");

        Assert.Equal(later > earlier ? Verdicts.Refuted : Verdicts.Supported, answer.Verdict);
        Assert.Contains(answer.Figures, f => f.Value == later - earlier && f.Formula is not null);
    }

    [Fact]
    public void A_claimed_rate_of_the_total_is_checked_by_computing_it()
    {
        var (earlier, later) = Row("합계");
        var rate = Math.Round((later - earlier) / earlier * 100, 1);

        var supported = Check($"항만 하역장비 국산화 사업 2025년 예산이 2024년보다 {rate.ToString(CultureInfo.InvariantCulture)}% 늘었다는 게 맞아요?");
        var refuted = Check($"항만 하역장비 국산화 사업 2025년 예산이 2024년보다 {(rate + 5).ToString(CultureInfo.InvariantCulture)}% 늘었다는 게 맞아요?");

        Assert.Equal(Verdicts.Supported, supported.Verdict);
        Assert.Equal(Verdicts.Refuted, refuted.Verdict);
    }

    public void Dispose() => _engine.Dispose();
}
