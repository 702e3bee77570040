using Answering.Contract;

namespace Answering.Tests.Skills;

/// <summary>One answer of each kind, checked for its kind, its verdicts and the figures it shows.</summary>
public sealed class AnswerKindTests
{
    [Fact]
    public void A_table_figure_cites_both_copies_of_the_table()
    {
        var answer = TestEngine.Ask("2단계 R&D 예산 총액이 얼마인가요?");

        Assert.Equal("figure", answer.Kind);
        Assert.Contains("1,134억원", answer.Text, StringComparison.Ordinal);
        Assert.Equal([37, 115], answer.Citations.Select(c => c.Lines.From));
        Assert.Equal("2단계(B) 소계", answer.Citations[0].Table!.Column);
    }

    [Fact]
    public void A_computed_figure_has_formula_inputs_and_document_rounding()
    {
        var answer = TestEngine.Ask("2단계 R&D 사업비는 1단계보다 몇 퍼센트 늘어난 건가요?");

        Assert.Equal("computed", answer.Kind);
        var rate = answer.Figures.Single(f => f.Unit == "%");
        Assert.Equal(14.5, rate.Value);
        Assert.Equal("(1134 - 990) / 990 × 100", rate.Formula);
        Assert.Equal([1134.0, 990.0], rate.Inputs.Select(i => i.Value).OrderDescending());
        Assert.All(rate.Inputs, i => Assert.InRange(i.Citation, 1, answer.Citations.Count));
        Assert.DoesNotContain("14.6", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_decrease_is_stated_as_a_decrease()
    {
        var answer = TestEngine.Ask("'21년 대비 '22년 R&D 예산은 얼마나, 몇 % 줄었나요?");

        Assert.Contains("126억원", answer.Text, StringComparison.Ordinal);
        Assert.Contains("20.0%", answer.Text, StringComparison.Ordinal);
        Assert.Contains("줄었", answer.Text, StringComparison.Ordinal);
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
    [InlineData("경북 클러스터가 특허를 8건 출원했다고 하던데 맞나요?", Verdicts.Conflicting)]
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
    public void Citation_markers_refer_to_existing_citations_and_follow_ups_are_offered()
    {
        var answer = TestEngine.Ask("1단계 국비 투입액을 창출된 일자리 수로 나누면 일자리 1개당 얼마꼴인가요?");

        var markers = System.Text.RegularExpressions.Regex.Matches(answer.Text, @"\[(\d+)\]").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.All(markers, m => Assert.InRange(m, 1, answer.Citations.Count));
        Assert.InRange(answer.FollowUps.Count, 2, 3);
    }

    [Fact]
    public void Fact_check_mode_checks_a_bare_statement()
    {
        var answer = TestEngine.Shared.Ask(new AnswerRequest { Question = "2단계 국비는 1,306억원", Mode = AnswerModes.FactCheck });

        Assert.Equal(Verdicts.Supported, answer.Verdict);
    }
}
