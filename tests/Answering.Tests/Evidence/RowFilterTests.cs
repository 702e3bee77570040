using System.Globalization;

namespace Answering.Tests.Evidence;

/// <summary>
/// Conditions a question puts on a table's rows: every condition on the same table narrows the rows, and a place kind
/// (도 지역) selects the 시·도 of that kind from general knowledge of regions. Expected figures are read from the
/// document's own lines, not from the engine.
/// </summary>
public sealed class RowFilterTests
{
    private const string AiDemo = "motie-2023-06-15-manufacturing-ai-demo.txt";
    private const string CollabZones = "motie-2024-09-12-collab-zone-rules.txt";
    private static readonly string[] Provinces = ["경기", "강원", "충북", "충남", "전북", "전남", "경북", "경남", "제주"];

    [Fact]
    public void Two_conditions_on_one_table_select_the_rows_meeting_both()
    {
        var rows = SuiteEngine.Rows(AiDemo, c => c.Contains("동남권") && c.Contains("통합실증형")).ToList();
        var expected = rows.Sum(c => double.Parse(c[8], CultureInfo.InvariantCulture));
        Assert.True(rows.Count >= 2, "the document has several rows meeting both conditions");

        var answer = SuiteEngine.Ask("2023년 제조현장 AI 실증사업 동남권 통합실증형 과제들 국비 총액을 다 합치면 얼마예요?");

        Assert.Equal("computed", answer.Kind);
        Assert.Contains(answer.Figures, f => f.Value == expected && f.Inputs.Count == rows.Count);
        Assert.All(answer.Citations, c => Assert.Equal(AiDemo, c.Doc));
    }

    [Fact]
    public void A_place_kind_selects_the_provinces_and_their_share_of_the_total()
    {
        var lines = SuiteEngine.Lines(CollabZones);
        var total = lines.Select(l => l.Split('\t')).First(c => c[0] == "합계" && c.Length == 5);
        var provinces = lines.Select(l => l.Split('\t')).Where(c => c.Length == 5 && Provinces.Contains(c[0])).ToList();
        var part = provinces.Sum(c => double.Parse(c[2], CultureInfo.InvariantCulture));
        var whole = double.Parse(total[2], CultureInfo.InvariantCulture);

        var answer = SuiteEngine.Ask($"산업협업지구 개정 기준 충족 후보지 {whole}개소 가운데 도 지역 후보지는 몇 개소이고 비중은 몇 %인가요?");

        Assert.Contains(answer.Figures, f => f.Value == part && f.Formula is not null);
        Assert.Contains(answer.Figures, f => f.Unit == "%" && Math.Abs(f.Value - Math.Round(part / whole * 100, 1)) < 0.051);
    }

    [Fact]
    public void The_share_of_rows_a_category_selects_counts_the_rows()
    {
        var rows = SuiteEngine.Rows(GrowthCenters, c => c.Length == 5 && c[4] is "상승" or "유지" or "하락").ToList();
        var risen = rows.Count(c => c[4] == "상승");

        var answer = SuiteEngine.Ask("2024년 지역기업성장센터 평가 대상 센터 중 등급이 오른 센터의 비율은 몇 %인가요?");

        Assert.Contains(answer.Figures, f => f.Unit == "%" && Math.Abs(f.Value - 100.0 * risen / rows.Count) < 0.051);
        Assert.True(answer.Citations.Count(c => c.Doc == GrowthCenters) >= risen);
    }

    private const string GrowthCenters = "mss-2024-06-27-growth-center-evaluation.txt";
}
