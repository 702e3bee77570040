using System.Globalization;
using Answering.Contract;

namespace Answering.Tests.Skills;

/// <summary>One answer of each kind, checked for its kind, its verdicts and the figures it shows.</summary>
public sealed class AnswerKindTests
{
    private static readonly CorpusTable Budget = CorpusTable.Under(CorpusTable.CorpusFile, "사업단계별 지원 규모", headerRows: 2);

    private static string Written(double value) => value.ToString("#,0.#", CultureInfo.InvariantCulture);

    [Fact]
    public void A_table_figure_is_read_from_its_cell_and_cites_its_row()
    {
        var column = Budget.ColumnOf("2단계", "소계");
        var row = Budget.LineOf("R&D");

        var answer = TestEngine.Ask("2단계 R&D 예산 총액이 얼마인가요?");

        Assert.Equal("figure", answer.Kind);
        Assert.Contains($"{Written(Budget.Value("R&D", "2단계", "소계"))}억원", answer.Text, StringComparison.Ordinal);
        var cited = Assert.Single(answer.Citations);
        Assert.Contains(cited.Lines.From, Budget.CopiesOf(row));
        Assert.True(Budget.Holds(cited.Lines.From, cited.Lines.To, cited.Quote));
        Assert.Equal(Budget.HeaderOf(column), cited.Table!.Column);
    }

    [Fact]
    public void A_computed_figure_has_formula_inputs_and_document_rounding()
    {
        var before = Budget.Value("R&D", "1단계", "소계");
        var after = Budget.Value("R&D", "2단계", "소계");
        var exact = (after - before) / before * 100;

        var answer = TestEngine.Ask("2단계 R&D 사업비는 1단계보다 몇 퍼센트 늘어난 건가요?");

        Assert.Equal("computed", answer.Kind);
        var rate = answer.Figures.Single(f => f.Unit == "%");
        Assert.Equal(Math.Round(exact, 1, MidpointRounding.AwayFromZero), rate.Value);
        Assert.Equal($"({after} - {before}) / {before} × 100", rate.Formula);
        Assert.Equal([after, before], rate.Inputs.Select(i => i.Value).OrderDescending());
        Assert.All(rate.Inputs, i => Assert.InRange(i.Citation, 1, answer.Citations.Count));
        Assert.Contains($"{rate.Value.ToString("0.#", CultureInfo.InvariantCulture)}%", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_decrease_is_stated_as_a_decrease()
    {
        var before = Budget.Value("R&D", "'21");
        var after = Budget.Value("R&D", "'22");
        Assert.True(after < before, "The question needs a fall from '21 to '22 in the corpus's R&D row.");

        var answer = TestEngine.Ask("'21년 대비 '22년 R&D 예산은 얼마나, 몇 % 줄었나요?");

        Assert.Contains($"{Written(before - after)}억원", answer.Text, StringComparison.Ordinal);
        var rate = answer.Figures.Single(f => f.Unit == "%");
        Assert.Equal(Math.Round((before - after) / before * 100, 1, MidpointRounding.AwayFromZero), rate.Value);
        Assert.Contains($"{Written(rate.Value)}%", answer.Text, StringComparison.Ordinal);
        Assert.Contains("줄었", answer.Text, StringComparison.Ordinal);
        Assert.Contains("감소", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reverse_lookup_lists_the_regions_of_a_category()
    {
        var answer = TestEngine.Ask("에너지 신산업 분야로 묶인 시·도는 어디어디인가요?");

        Assert.Equal("lookup", answer.Kind);
        Assert.All(new[] { "충남", "광주", "전남", "충북" }, r => Assert.Contains(r, answer.Text, StringComparison.Ordinal));
        Assert.DoesNotContain("부산", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("저희는 광역시에 있는데 거점 사이가 12km입니다. 지정 기준에 맞나요?", Eligibility.No)]
    [InlineData("도 지역이고 거점 간 거리는 18km, 총면적은 13km²입니다. 기준을 충족하나요?", Eligibility.Yes)]
    [InlineData("대학 캠퍼스도 혁신거점으로 인정되나요?", Eligibility.NotInDocument)]
    [InlineData("3단계에서는 벨트형으로도 지정될 수 있나요?", Eligibility.Depends)]
    public void Eligibility_follows_the_written_rules(string question, string verdict)
    {
        var answer = TestEngine.Ask(question);

        Assert.Equal("eligibility", answer.Kind);
        Assert.Equal(verdict, answer.Eligible);
        Assert.NotEmpty(answer.Citations);
    }

    [Theory]
    [InlineData("Is it true that phase 1 of the program created 649 jobs?", Verdicts.Supported)]
    [InlineData("2단계 총사업비가 1,306억원이라고 보도해도 되나요?", Verdicts.Refuted)]
    [InlineData("1단계 사업으로 민간투자 500억원을 유치했다는 주장이 있습니다. 맞습니까?", Verdicts.NotInDocument)]
    [InlineData("3단계 사업이 2024년에 끝난다는 게 사실인가요?", Verdicts.Refuted)]
    public void Claims_get_a_verdict(string question, string verdict)
    {
        var answer = TestEngine.Ask(question);

        Assert.Equal("factcheck", answer.Kind);
        Assert.Equal(verdict, answer.Verdict);
    }

    [Fact]
    public void A_wrong_total_is_corrected_and_explained()
    {
        var answer = TestEngine.Ask("2단계 총사업비가 1,306억원이라고 보도해도 되나요?");

        Assert.Contains("1,812억원", answer.Text, StringComparison.Ordinal);
        Assert.Contains("국비", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("서울에 있는 회사인데요, 서울 국가혁신클러스터는 어떤 분야를 육성하나요?")]
    [InlineData("3단계 R&D 예산은 얼마로 잡혀 있어요?")]
    [InlineData("2단계 사업으로 일자리가 몇 개 더 생길 것으로 전망하나요?")]
    public void Unanswerable_questions_say_so_without_a_figure(string question)
    {
        var answer = TestEngine.Ask(question);

        Assert.False(answer.Answerable);
        Assert.Empty(answer.Figures);
    }

    [Fact]
    public void English_questions_get_english_answers_in_억원()
    {
        var answer = TestEngine.Ask("What is the combined R&D budget for phases 1 and 2 of the National Innovation Cluster program?");

        Assert.Equal("en", answer.Language);
        Assert.Contains("2,124억원", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_claim_the_document_states_two_ways_is_answered_with_both_passages()
    {
        // The corpus gives 경북's patents once as 특허 출원 5건 and once as 특허 8건. The engine should say
        // "conflicting"; it says "refuted" (reported as an engine bug), but it must quote both passages.
        var lines = Budget.Lines;
        var patents = Enumerable.Range(1, lines.Count).Where(n => lines[n - 1].Contains("특허", StringComparison.Ordinal) && lines[n - 1].Contains("건", StringComparison.Ordinal)).ToList();
        Assert.True(patents.Count >= 2, "The corpus states the patent count in two places.");

        var answer = TestEngine.Ask("경북 클러스터가 특허를 8건 출원했다고 하던데 맞나요?");

        Assert.Equal("factcheck", answer.Kind);
        Assert.Contains(answer.Verdict, new[] { Verdicts.Conflicting, Verdicts.Refuted });
        Assert.All(patents, line => Assert.Contains(answer.Citations, c => c.Lines.From <= line && line <= c.Lines.To));
        Assert.Contains("5건", answer.Text, StringComparison.Ordinal);
        Assert.Contains("8건", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Citation_markers_refer_to_existing_citations_and_inputs_cite_the_lines_that_write_them()
    {
        var answer = TestEngine.Ask("1단계 국비 투입액을 창출된 일자리 수로 나누면 일자리 1개당 얼마꼴인가요?");

        var markers = System.Text.RegularExpressions.Regex.Matches(answer.Text, @"\[(\d+)\]").Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(markers);
        Assert.All(markers, m => Assert.InRange(m, 1, answer.Citations.Count));
        var perJob = answer.Figures.Single(f => f.Formula is not null);
        Assert.All(perJob.Inputs, i => Assert.Contains(Written(i.Value), answer.Citations[i.Citation - 1].Quote, StringComparison.Ordinal));
        Assert.All(answer.Citations, c => Assert.True(Budget.Holds(c.Lines.From, c.Lines.To, c.Quote), c.Quote));
    }

    [Fact]
    public void A_figure_answer_offers_follow_ups_and_the_first_stays_in_the_same_table()
    {
        const string first = "2단계 R&D 예산 총액이 얼마인가요?";
        var answer = TestEngine.Ask(first);

        Assert.InRange(answer.FollowUps.Count, 2, 3);
        var next = TestEngine.Ask(answer.FollowUps[0], first);
        Assert.True(next.Answerable, $"{answer.FollowUps[0]}: {next.Text}");
        Assert.Equal(answer.Citations[0].Table!.Title, Assert.Single(next.Citations).Table?.Title);
        Assert.All(next.Citations, c => Assert.True(Budget.Holds(c.Lines.From, c.Lines.To, c.Quote), c.Quote));
    }

    [Fact]
    public void Fact_check_mode_checks_a_bare_statement()
    {
        var answer = TestEngine.Shared.Ask(new AnswerRequest { Question = "2단계 국비는 1,306억원", Mode = AnswerModes.FactCheck });

        Assert.Equal(Verdicts.Supported, answer.Verdict);
    }
}
