using System.Globalization;

namespace Answering.Tests.Evidence;

/// <summary>
/// A document that splits its budget by kind (기술개발, 실증) in one table and by region (합계 only) in another: the kind
/// of one region's money is not stated, so the answer says so instead of giving the region's total.
/// </summary>
public sealed class CategoryMismatchTests : IDisposable
{
    private readonly OneDocumentEngine _engine = new("motie-2025-05-20-port-equipment-budget.txt");

    private double RegionAmount(string region) =>
        double.Parse(_engine.Lines.Single(l => l.StartsWith(region + "\t", StringComparison.Ordinal)).Split('\t')[1], CultureInfo.InvariantCulture);

    [Fact]
    public void A_kind_the_region_table_does_not_split_by_is_not_stated()
    {
        var answer = _engine.Ask("항만 하역장비 국산화 사업에서 경남에 배정된 실증 예산만 따로 얼마예요?");

        Assert.False(answer.Answerable);
        Assert.DoesNotContain(answer.Figures, f => f.Value == RegionAmount("경남"));
    }

    [Fact]
    public void The_region_total_asked_without_a_kind_is_read()
    {
        var answer = _engine.Ask("항만 하역장비 국산화 사업에서 경남 배정액은 얼마예요?");

        Assert.True(answer.Answerable);
        Assert.Contains(answer.Figures, f => f.Value == RegionAmount("경남"));
    }

    [Fact]
    public void A_kind_the_budget_table_states_is_read()
    {
        var line = _engine.Lines.Single(l => l.StartsWith("실증\t", StringComparison.Ordinal)).Split('\t');

        var answer = _engine.Ask("항만 하역장비 국산화 사업 2025년 실증 예산은 얼마예요?");

        Assert.Contains(answer.Figures, f => f.Value == double.Parse(line[2], CultureInfo.InvariantCulture));
    }

    public void Dispose() => _engine.Dispose();
}
