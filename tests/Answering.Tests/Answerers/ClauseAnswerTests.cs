using System.Globalization;

namespace Answering.Tests.Answerers;

/// <summary>Figure questions of two clauses get both figures, each read from the document; large 백만원 amounts beside their 억원.</summary>
public sealed class ClauseAnswerTests
{
    private const string AiDemo = "motie-2023-06-15-manufacturing-ai-demo.txt";
    private const string Regional = "mss-2022-02-24-regional-specialized-industry.txt";

    [Fact]
    public void A_count_and_a_total_asked_in_two_clauses_are_both_answered()
    {
        var selected = SuiteEngine.Rows(AiDemo, c => int.TryParse(c[0], out _)).ToList();
        var total = SuiteEngine.Rows(AiDemo, c => c[0] == "합계").First()[^2];

        var answer = SuiteEngine.Ask("2023년 제조현장 AI 실증사업에서 최종 선정된 컨소시엄은 몇 개이고, 국비 지원 총액은 얼마인가요?");

        Assert.Contains($"{selected.Count}개", answer.Text, StringComparison.Ordinal);
        Assert.Contains($"{total}억원", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_amount_in_millions_of_won_is_also_given_in_hundred_millions()
    {
        var totals = SuiteEngine.Rows(Regional, c => c[0] == "합계").First();
        var total = double.Parse(totals[4], NumberStyles.Number, CultureInfo.InvariantCulture);

        var answer = SuiteEngine.Ask("2022년 지역특화산업 육성사업의 총사업비는 얼마입니까?");

        Assert.Contains($"{totals[4]}백만원({(total / 100).ToString("N0", CultureInfo.InvariantCulture)}억원)", answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Figures, f => f.Unit == "억원" && f.Formula is not null && Math.Abs(f.Value - total / 100) < 1e-9);
    }
}
