using System.Globalization;
using System.Text.RegularExpressions;

namespace Answering.Tests.Answerers;

/// <summary>"신규 과제 3개(45억원)": the mean of what a count adds up to is the amount over the count.</summary>
public sealed partial class CountedAmountTests : IDisposable
{
    private readonly OneDocumentEngine _engine = new("motie-2025-05-20-port-equipment-budget.txt");

    [GeneratedRegex(@"신규 과제 (\d+)개\((\d+)억원\)")]
    private static partial Regex CountAndAmount();

    [Fact]
    public void The_mean_of_a_counted_amount_is_the_amount_over_the_count()
    {
        var written = CountAndAmount().Match(string.Join("\n", _engine.Lines));
        var count = double.Parse(written.Groups[1].Value, CultureInfo.InvariantCulture);
        var amount = double.Parse(written.Groups[2].Value, CultureInfo.InvariantCulture);

        var answer = _engine.Ask($"항만 하역장비 국산화 사업 신규 과제 {count.ToString(CultureInfo.InvariantCulture)}개의 평균 예산은 얼마예요?");

        Assert.Equal("computed", answer.Kind);
        Assert.Contains(answer.Figures, f => f.Value == amount / count && f.Formula is not null);
    }

    public void Dispose() => _engine.Dispose();
}
