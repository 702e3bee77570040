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
    public void A_year_that_named_the_programme_is_no_period_of_the_next_turn()
    {
        const string AiDemo = "motie-2023-06-15-manufacturing-ai-demo.txt";
        var header = SuiteEngine.Lines(AiDemo).First(l => l.Contains("총액", StringComparison.Ordinal) && l.TrimStart().StartsWith("'", StringComparison.Ordinal)).Split('\t');
        var total = Array.FindIndex(header, h => h.Contains("총액", StringComparison.Ordinal));
        var row = SuiteEngine.Rows(AiDemo, c => c.Length > total && c[2] == "전남").Single();

        var answer = SuiteEngine.Ask("거기 국비 총액은?", "2023년 제조현장 AI 실증사업 전남에서는 어디가 선정됐어?");

        Assert.Contains($"{row[total]}억원", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_period_marked_as_the_base_asks_the_change_from_it_not_its_own_figure()
    {
        using var engine = new OneDocumentEngine("motie-2025-05-20-port-equipment-budget.txt");
        var row = engine.Lines.First(l => l.StartsWith("실증\t", StringComparison.Ordinal)).Split('\t');
        var before = double.Parse(row[1], CultureInfo.InvariantCulture);
        var after = double.Parse(row[2], CultureInfo.InvariantCulture);

        var answer = engine.Ask("2024년보다 얼마나 늘었어요?", "2025년 실증 예산은 얼마예요?");
        var again = engine.Ask("2024년은요?", "2025년 실증 예산은 얼마예요?");

        Assert.Equal("computed", answer.Kind);
        Assert.Contains(answer.Figures, f => Math.Abs(f.Value - (after - before)) < 1e-9);
        Assert.Contains($"{row[1]}억원", again.Text, StringComparison.Ordinal);
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

    [Fact]
    public void A_follow_up_asking_a_figure_of_its_own_does_not_repeat_the_earlier_division()
    {
        const string green = "motie-2024-02-21-green-process-rnd.txt";
        var header = SuiteEngine.Lines(green).First(l => l.Contains("최대 지원기간", StringComparison.Ordinal)).Split('\t');
        var column = Array.FindIndex(header, c => c.Contains("지원기간", StringComparison.Ordinal));
        var row = SuiteEngine.Rows(green, c => c[0] == "성장형").First();

        var answer = SuiteEngine.Ask("지원기간은 최대 몇 년이에요?", "2024 그린전환 공정혁신 R&D 성장형은 과제당 정부지원 한도가 얼마예요?");

        Assert.Equal("figure", answer.Kind);
        Assert.Contains(answer.Figures, f => row[column].StartsWith(f.Value.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) && f.Unit == "년");
    }

    [Fact]
    public void A_follow_up_in_the_earlier_documents_own_words_stays_with_it_though_another_title_shares_them()
    {
        const string green = "motie-2024-02-21-green-process-rnd.txt";
        const string other = "mss-2025-06-02-support-period-extension.txt";
        var folder = Directory.CreateTempSubdirectory("follow-up-titles-");
        try
        {
            File.Copy(Path.Combine(SuiteEngine.SuiteFolder, green), Path.Combine(folder.FullName, green));
            File.Copy(Path.Combine(AppContext.BaseDirectory, "TestDocuments", other), Path.Combine(folder.FullName, other));
            var engine = AnswerEngine.FromFolder(folder.FullName);

            var answer = engine.Ask(new Answering.Contract.AnswerRequest
            {
                Question = "지원기간은 최대 몇 년이에요?",
                History = ["2024 그린전환 공정혁신 R&D 성장형은 과제당 정부지원 한도가 얼마예요?"],
            });

            Assert.NotEmpty(answer.Citations);
            Assert.All(answer.Citations, c => Assert.Equal(green, c.Doc));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_two_places_of_an_earlier_answer_are_averaged_without_the_tables_average_row()
    {
        const string growth = "mss-2024-06-27-growth-center-evaluation.txt";

        var answer = SuiteEngine.Ask("그 두 곳 점수 평균 내줘", "2024년 지역기업성장센터 평가에서 S등급 받은 곳 어디야?");

        var mean = Assert.Single(answer.Figures, f => f.Formula is not null);
        Assert.Equal(2, mean.Inputs.Count);
        Assert.DoesNotContain(answer.Citations, c => c.Doc == growth && c.Quote.StartsWith("평균", StringComparison.Ordinal));
    }
}
