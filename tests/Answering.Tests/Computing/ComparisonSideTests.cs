using System.Globalization;
using Answering.Contract;

namespace Answering.Tests.Computing;

/// <summary>
/// A table whose rows split a merged group by 현행/개정 (위반행위 × 구분): "현행 대비 개정 후 몇 배" divides the revised cell by
/// the current one of the same group and column, and a follow-up naming 현행 as its base compares with the earlier turn's cell.
/// </summary>
public sealed class ComparisonSideTests : IDisposable
{
    private readonly OneDocumentEngine _engine = new("moe-2025-03-04-reporting-penalty.txt");

    private Answer Ask(string question, params string[] history) => _engine.Ask(question, history);

    /// <summary>The cells of a group's 현행 or 개정 row, read from the document's own lines (the 개정 row leaves the group cell blank).</summary>
    private double[] Cells(string group, string side)
    {
        var lines = _engine.Lines;
        var start = Array.FindIndex(lines, l => l.StartsWith(group + "\t", StringComparison.Ordinal));
        var row = lines.Skip(start).Take(2).Single(l => l.Split('\t')[1] == side);
        return [.. row.Split('\t').Skip(2).Select(c => double.Parse(c, NumberStyles.Number, CultureInfo.InvariantCulture))];
    }

    [Fact]
    public void Current_against_revised_divides_the_revised_cell_by_the_current_one()
    {
        var answer = Ask("허위 신고 3회 이상 과징금은 현행 대비 개정 후 몇 배예요?");

        Assert.Equal("computed", answer.Kind);
        var expected = Cells("허위 신고", "개정")[2] / Cells("허위 신고", "현행")[2];
        Assert.Contains(answer.Figures, f => Math.Abs(f.Value - expected) < 0.01);
    }

    [Fact]
    public void A_row_named_by_its_group_and_side_is_read_alone()
    {
        var answer = Ask("화학물질 배출량 과징금 개정 기준에서 허위 신고 2회는 얼마예요?");

        Assert.Contains(answer.Figures, f => f.Value == Cells("허위 신고", "개정")[1]);
        Assert.DoesNotContain(answer.Figures, f => f.Value == Cells("신고 지연", "개정")[1]);
    }

    [Fact]
    public void A_follow_up_naming_the_current_rule_as_base_compares_with_the_earlier_cell()
    {
        var answer = Ask("현행보다 몇 배로 오른 거예요?", "화학물질 배출량 과징금 개정 후 신고 지연 1회는 얼마예요?");

        var expected = Cells("신고 지연", "개정")[0] / Cells("신고 지연", "현행")[0];
        Assert.Contains(answer.Figures, f => Math.Abs(f.Value - expected) < 0.01);
    }

    public void Dispose() => _engine.Dispose();
}
