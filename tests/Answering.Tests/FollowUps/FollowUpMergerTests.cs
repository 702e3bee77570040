using System.Globalization;

namespace Answering.Tests.FollowUps;

/// <summary>A follow-up that compares with another period keeps the earlier turn's period as the other side of the comparison.</summary>
public sealed class FollowUpMergerTests
{
    private const string Regional = "mss-2022-02-24-regional-specialized-industry.txt";

    [Fact]
    public void A_comparison_with_last_year_keeps_the_earlier_turns_year()
    {
        var row = SuiteEngine.Rows(Regional, c => c[0] == "대전" && c.Length == 6).Single();
        var thisYear = double.Parse(row[4], NumberStyles.Number, CultureInfo.InvariantCulture);
        var lastYear = double.Parse(row[5], NumberStyles.Number, CultureInfo.InvariantCulture);

        var answer = SuiteEngine.Ask("작년이랑 비교하면 얼마나 줄었어? 백만원하고 %로 알려줘", "2022년 지역특화산업 육성사업에서 대전은 얼마 배정받았어?");

        Assert.Equal("computed", answer.Kind);
        Assert.Contains(answer.Figures, f => Math.Abs(f.Value - Math.Abs(thisYear - lastYear)) < 1e-9);
        Assert.Contains(answer.Figures, f => f.Unit == "%" && Math.Abs(f.Value - Math.Abs((thisYear - lastYear) / lastYear * 100)) < 0.051);
    }

    [Fact]
    public void A_share_follow_up_names_the_whole_and_keeps_the_earlier_row_as_the_part()
    {
        const string trade = "motie-2024-08-01-export-import-trends.txt";
        var line = SuiteEngine.Lines(trade).First(l => l.StartsWith("자동차\t", StringComparison.Ordinal));

        var answer = SuiteEngine.Ask("전체 수출에서 비중은?", "2024년 7월 수출입 동향 보면 7월 자동차 수출 얼마야?");

        Assert.Contains(answer.Citations, c => c.Doc == trade && c.Quote.StartsWith("자동차", StringComparison.Ordinal));
        var cells = line.Split('\t').Skip(1).Select(c => double.TryParse(c, CultureInfo.InvariantCulture, out var v) ? v : double.NaN).ToList();
        Assert.Contains(answer.Figures, f => f.Unit == "%" && cells.Contains(f.Value));
    }
}
