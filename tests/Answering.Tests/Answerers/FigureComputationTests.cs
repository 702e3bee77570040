using System.Globalization;
using Answering.Answerers;
using Answering.Tests.Rules;

namespace Answering.Tests.Answerers;

/// <summary>
/// Figures the document implies rather than states: a competition ratio (신청 ÷ 선정), a change between two periods of
/// one sentence, and a row's rate of its own count. Expected values are read from the documents' lines.
/// </summary>
public sealed class FigureComputationTests
{
    private const string AiDemo = "motie-2023-06-15-manufacturing-ai-demo.txt";

    private const string Outcomes = """
        보도자료

        「2025년 청년 공방 지원사업」 성과 발표

        □ (기대효과) 재생 원목 수요가 '24년 3.2만톤에서 '27년 5.0만톤으로 늘 것으로 내다봤다.

        【 연도별 성과 (단위:개, %) 】

        연도	조성 공방	창업 기업	신규 일자리	1년 이상 영업 유지율
        '22	20	120	300	75.0
        '23	30	160	450	80.0
        누계	50	280	750	-
        """;

    [Fact]
    public void A_competition_ratio_is_applications_over_selections_of_the_row()
    {
        var row = SuiteEngine.Rows(AiDemo, c => c[0].StartsWith("수도권", StringComparison.Ordinal)).Single();
        var expected = Math.Round(double.Parse(row[3], CultureInfo.InvariantCulture) / double.Parse(row[6], CultureInfo.InvariantCulture), 2);

        var answer = SuiteEngine.Ask("2023년 제조현장 AI 실증사업 수도권 경쟁률은 몇 대 1이었나요?");

        Assert.Equal("computed", answer.Kind);
        Assert.Contains(answer.Figures, f => f.Unit == ":1" && Math.Abs(f.Value - expected) < 0.01 && f.Inputs.Count == 2);
    }

    [Fact]
    public void A_change_written_from_one_period_to_another_is_the_later_less_the_earlier()
    {
        var document = RuleDocuments.Read(Outcomes, "mss-2025-03-01-youth-workshops.txt");

        var answer = FigureAnswerer.Answer(RuleDocuments.Match(document, "재생 원목 수요는 '24년보다 '27년에 몇 만톤 늘어나요?"))!.Finish();

        Assert.Contains(answer.Figures, f => Math.Abs(f.Value - 1.8) < 1e-9 && f.Formula == "5 - 3.2");
        Assert.Contains("늘었습니다", answer.Text);
    }

    [Fact]
    public void A_rows_rate_of_its_count_answers_how_many()
    {
        var document = RuleDocuments.Read(Outcomes, "mss-2025-03-01-youth-workshops.txt");

        var answer = FigureAnswerer.Answer(RuleDocuments.Match(document, "'23년 창업 기업 중 1년 넘게 영업 유지한 곳은 몇 개예요?"))!.Finish();

        Assert.Contains(answer.Figures, f => f.Value == 128 && f.Formula == "160 × 80 / 100");
    }

    [Fact]
    public void A_count_per_unit_divides_by_the_count_the_word_before_dang_names()
    {
        var document = RuleDocuments.Read(Outcomes, "mss-2025-03-01-youth-workshops.txt");

        var answer = FigureAnswerer.Answer(RuleDocuments.Match(document, "2년간 공방 1곳당 신규 일자리는 평균 몇 개 생긴 셈이에요?"))!.Finish();

        Assert.Contains(answer.Figures, f => f.Value == 15 && f.Formula == "750 / 50");
    }

    [Fact]
    public void A_balance_is_read_with_the_name_of_its_sign()
    {
        var line = SuiteEngine.Lines("motie-2024-08-01-export-import-trends.txt").First(l => l.StartsWith("무역수지", StringComparison.Ordinal));
        var written = line.Split('\t')[2];
        var balance = written.StartsWith('△') ? -double.Parse(written[1..], CultureInfo.InvariantCulture) : double.Parse(written, CultureInfo.InvariantCulture);

        var answer = SuiteEngine.Ask("2024년 7월 수출입 동향에서 7월 무역수지는 얼마야?");

        Assert.Contains(balance > 0 ? "흑자" : "적자", answer.Text);
    }
}
