namespace Answering.Tests.Answerers;

/// <summary>A question after a period (언제부터 언제까지, application period) is answered with the line that writes the span.</summary>
public sealed class TimelineAnswererTests
{
    private const string Sobujang = "motie-2024-02-22-sobujang-process-innovation.txt";

    [Fact]
    public void An_application_period_is_answered_with_the_line_that_writes_its_span()
    {
        var lines = SuiteEngine.Lines(Sobujang);
        var spanLines = Enumerable.Range(1, lines.Length).Where(n => System.Text.RegularExpressions.Regex.IsMatch(lines[n - 1], @"\d+\.\d+\s*~\s*\d+\.\d+|\d+일\(.\)부터")).ToHashSet();
        Assert.NotEmpty(spanLines);

        var answer = SuiteEngine.Ask("When can companies apply for the 2024 sobujang process innovation program?");

        Assert.Equal("timeline", answer.Kind);
        Assert.Contains(answer.Citations, c => c.Doc == Sobujang && spanLines.Contains(c.Lines.From));
    }

    [Fact]
    public void Asking_from_when_until_when_where_and_the_closing_hour_is_answered_by_the_line_that_writes_them_all()
    {
        const string green = "motie-2024-02-21-green-process-rnd.txt";
        var lines = SuiteEngine.Lines(green);

        var answer = SuiteEngine.Ask("2024년 그린전환 공정혁신 기술개발사업 접수는 언제부터 언제까지고 어디로 내요? 마감 시간도요");

        var cited = answer.Citations.Where(c => c.Doc == green).Select(c => lines[c.Lines.From - 1]).ToList();
        Assert.Contains(cited, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"(?:~|부터).*(?:18:00|18시)까지") && l.Contains("IRIS", StringComparison.Ordinal));
        Assert.DoesNotContain(cited, l => l.Contains("참여제한", StringComparison.Ordinal));
    }

    [Fact]
    public void Asking_when_and_where_an_event_was_held_cites_the_line_naming_the_hall()
    {
        var lines = SuiteEngine.Lines(Sobujang);

        var answer = SuiteEngine.Ask("소부장 공정혁신 성과 공유대회는 언제, 어디서 열렸나요?");

        Assert.Contains(answer.Citations, c => c.Doc == Sobujang && lines[c.Lines.From - 1].Contains("센터에서", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_part_of_a_two_part_schedule_question_is_answered_by_its_own_line()
    {
        const string trade = "motie-2024-08-01-export-import-trends.txt";
        var lines = SuiteEngine.Lines(trade);

        var answer = SuiteEngine.Ask("2024년 7월 수출입 동향 수치는 확정치예요? 확정치는 언제 나오고, 8월 수출입 동향은 언제 발표돼요?");

        var cited = answer.Citations.Where(c => c.Doc == trade).Select(c => lines[c.Lines.From - 1]).ToList();
        Assert.Contains(cited, l => l.Contains("확정치", StringComparison.Ordinal));
        // The next release is the line that names 8월 as the month reported, not the one dated 8월 1일.
        Assert.Contains(cited, l => l.Contains("8월 수출입 동향", StringComparison.Ordinal));
    }

    [Fact]
    public void A_part_that_names_nothing_is_asked_of_the_earlier_parts_topic()
    {
        const string demo = "motie-2023-06-15-manufacturing-ai-demo.txt";
        var lines = SuiteEngine.Lines(demo);

        var answer = SuiteEngine.Ask("When do integrated-type (통합실증형) projects in the 2023 manufacturing-site AI demonstration program (제조현장 AI 실증사업) face their mid-term evaluation, and when do they end?");

        var cited = answer.Citations.Where(c => c.Doc == demo).Select(c => lines[c.Lines.From - 1]).ToList();
        Assert.Contains(cited, l => l.Contains("중간평가", StringComparison.Ordinal) && l.Contains("10월", StringComparison.Ordinal));
        Assert.Contains(cited, l => l.Contains("통합실증형", StringComparison.Ordinal) && System.Text.RegularExpressions.Regex.IsMatch(l, @"'\d{2}\.\d{1,2}~'\d{2}\.\d{1,2}"));
    }

    [Fact]
    public void A_chain_of_steps_is_shown_by_the_steps_asked_about()
    {
        var chain = SuiteEngine.Lines("mss-2024-06-27-growth-center-evaluation.txt").First(l => l.Contains('→') && l.Contains("현장실사", StringComparison.Ordinal));
        var steps = chain.Split('→').Select(s => s.Trim()).ToList();

        var answer = SuiteEngine.Ask("2024년도 지역기업성장센터 평가에서 현장실사와 발표평가는 언제 진행됐나요?");

        Assert.Contains(steps.First(s => s.StartsWith("현장실사", StringComparison.Ordinal)), answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(steps[0], answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("제조현장 AI 실증사업 단위공정형은 언제 끝나요?")]
    [InlineData("소부장 공정혁신 성과 공유대회는 언제, 어디서 열렸나요?")]
    public void Each_quoted_line_gives_a_date_the_others_do_not(string question)
    {
        var answer = SuiteEngine.Ask(question);

        var dates = answer.Citations.Select(c => Knowledge.Dates.DateScanner.Scan(Knowledge.Language.TextNormalizer.Normalize(SuiteEngine.Lines(c.Doc)[c.Lines.From - 1]))
            .Select(d => (d.Month, d.Day, d.Hour)).ToHashSet()).ToList();
        Assert.NotEmpty(dates);
        for (var i = 1; i < dates.Count; i++)
        {
            Assert.False(dates[i].IsSubsetOf(dates.Take(i).SelectMany(d => d).ToHashSet()), $"{question}: line {i + 1} repeats earlier dates");
        }
    }

    [Fact]
    public void A_period_asked_as_its_time_frame_is_a_schedule_not_an_amount()
    {
        var answer = SuiteEngine.Ask("지역특화산업 육성사업 2022년 시·도 협약 기간이랑 지원기업 모집 공고 시작일 알려주세요");

        Assert.Equal("timeline", answer.Kind);
    }

    [Theory]
    [InlineData("항만 하역장비 국산화 사업 보도자료는 언제부터 보도할 수 있어요?")]
    [InlineData("When can the port handling equipment (항만 하역장비) release be published?")]
    public void Asking_when_a_release_may_be_reported_is_answered_with_its_embargo_line(string question)
    {
        using var engine = new OneDocumentEngine("motie-2025-05-20-port-equipment-budget.txt");
        var embargoLine = Array.FindIndex(engine.Lines, l => l.Contains("보도하여 주시기 바랍니다", StringComparison.Ordinal)) + 1;

        var answer = engine.Ask(question);

        Assert.Contains(answer.Citations, c => c.Lines.From == embargoLine);
    }
}
