using Answering.Contract;

namespace Answering.Tests.Rules.Data;

/// <summary>Two rows of a table compared on a level it gives (제주 가동률이 전국 평균보다 높은가요?), not on a change.</summary>
public sealed class LevelComparisonTests
{
    private static readonly Knowledge.Documents.DocumentKnowledge Rooms = RuleDocuments.Read("""
        보도자료

        「2025년 5월 숙박 동향」

        【 표 1 】 시·도별 객실 수 및 공실률 (2025년 5월)

        시·도	객실 수	증감	공실률
        	(천실)	(천실)	(%)
        강원	231	△4	18.5
        제주	142	3	12.1
        전남	98	△1	24.7
        전국	1,820	12	20.3
        """);

    [Fact]
    public void A_row_below_the_whole_is_lower()
    {
        var answer = RuleDocuments.AskSure(Rooms, "제주 공실률이 전국 평균보다 낮은가요?");

        Assert.Equal(Eligibility.Yes, answer.Eligible);
        Assert.Contains("12.1", answer.Text, StringComparison.Ordinal);
        Assert.Contains("20.3", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_above_the_other_is_not_lower()
    {
        Assert.Equal(Eligibility.No, RuleDocuments.AskSure(Rooms, "전남 공실률이 강원보다 낮은가요?").Eligible);
    }
}
