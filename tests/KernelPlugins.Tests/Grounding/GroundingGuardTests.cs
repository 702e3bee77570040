using Answering.Contract;
using KernelPlugins.Grounding;

namespace KernelPlugins.Tests.Grounding;

public sealed class GroundingGuardTests
{
    private const string Doc = "press-release.txt";
    private const string TotalsRow = "합계\t208\t724\t785\t1,717\t969\t843\t1,812\t3,529\t";
    private const string Body = "총 1,812억원(국비 1,306억, 지방비 506억)을 R&D, 비R&D에 투입할 예정이다";

    private static readonly AnswerRequest Question = new() { Question = "2단계 총 사업비는 얼마인가요?" };

    private static TurnEvidence Evidence(params Figure[] figures)
    {
        var evidence = new TurnEvidence();
        evidence.Add(new Answer
        {
            Question = "q",
            Text = "",
            Language = "ko",
            Kind = "figure",
            Figures = figures,
            Citations =
            [
                new Citation { Doc = Doc, Lines = LineRange.Single(41), Quote = TotalsRow },
                new Citation { Doc = Doc, Lines = new LineRange(30, 31), Quote = Body },
            ],
        });
        return evidence;
    }

    [Theory]
    [InlineData("2단계 총 사업비는 1,812억원입니다. [1]")]
    [InlineData("2단계 총 사업비는 1812억 원이에요 [2]")]
    [InlineData("The phase 2 budget is KRW 181.2 billion [1].")]
    [InlineData("약 1,800억원이 투입됩니다 [2]")]
    [InlineData("약 0.18조원, 천팔백억원 남짓입니다 [2]")]
    [InlineData("국비 1,306억원과 지방비 506억원을 합친 금액입니다 [1][2]")]
    [InlineData("1단계 합계는 1,717억원이었습니다 [1]")]
    public void Passes_numbers_the_plugins_returned(string modelText)
    {
        Assert.True(GroundingGuard.Check(modelText, Evidence(), Question).Passed);
    }

    [Theory]
    [InlineData("2단계 총 사업비는 9,999억원입니다 [1]", "9,999억")]
    [InlineData("2단계 총 사업비는 1조원입니다 [1]", "1조")]
    [InlineData("사업비는 2조원 규모입니다 [1]", "2조")]
    [InlineData("사업비는 구천구백억원입니다 [1]", "구천구백억원")]
    [InlineData("사업비는 약 1.8조원입니다 [1]", "1.8조")]
    [InlineData("예산이 20% 늘었습니다 [1]", "20%")]
    public void Rejects_a_number_no_plugin_returned(string modelText, string culprit)
    {
        var verdict = GroundingGuard.Check(modelText, Evidence(), Question);

        Assert.False(verdict.Passed);
        Assert.Contains(culprit, verdict.Reason);
    }

    [Fact]
    public void Percentages_compare_rounded_to_what_was_written()
    {
        var growth = new Figure { Label = "증가율", Value = 14.545454, Unit = "%", Formula = "(1134 - 990) / 990 × 100" };

        Assert.True(GroundingGuard.Check("R&D 예산은 14.5% 늘었습니다 [1]", Evidence(growth), Question).Passed);
        Assert.False(GroundingGuard.Check("R&D 예산은 14.8% 늘었습니다 [1]", Evidence(growth), Question).Passed);
    }

    [Fact]
    public void A_decrease_is_stated_without_its_sign()
    {
        var decrease = new Figure { Label = "감소율", Value = -20.0, Unit = "%", Formula = "(504 - 630) / 630 × 100" };

        Assert.True(GroundingGuard.Check("R&D 예산은 20.0% 줄었습니다 [1]", Evidence(decrease), Question).Passed);
    }

    [Fact]
    public void A_computed_figure_may_be_shown_with_its_formula()
    {
        var growth = new Figure { Label = "증가율", Value = 14.545454, Unit = "%", Formula = "(1134 - 990) / 990 × 100" };

        Assert.True(GroundingGuard.Check("14.5% 늘었습니다. 계산: (1134 - 990) / 990 × 100 [1]", Evidence(growth), Question).Passed);
        Assert.False(GroundingGuard.Check("14.5% 늘었습니다. 계산: (1134 - 990) / 990 × 1000 [1]", Evidence(growth), Question).Passed);
    }

    [Fact]
    public void A_figure_in_eok_allows_the_same_amount_in_any_unit()
    {
        var share = new Figure { Label = "시도당 R&D", Value = 81, Unit = "억원" };

        Assert.True(GroundingGuard.Check("시도당 81억원, 즉 KRW 8.1 billion입니다 [1]", Evidence(share), Question).Passed);
    }

    [Theory]
    [InlineData("총 1,812억원입니다 [3]")]
    [InlineData("총 1,812억원입니다 [0]")]
    public void Rejects_a_citation_the_plugins_did_not_return(string modelText)
    {
        var verdict = GroundingGuard.Check(modelText, Evidence(), Question);

        Assert.False(verdict.Passed);
        Assert.Contains("citation", verdict.Reason);
    }

    [Fact]
    public void Rejects_a_line_reference_outside_the_cited_lines()
    {
        Assert.True(GroundingGuard.Check("41행에 따르면 1,812억원입니다", Evidence(), Question).Passed);
        Assert.False(GroundingGuard.Check("90행에 따르면 1,812억원입니다", Evidence(), Question).Passed);
    }

    [Fact]
    public void Plain_numbers_from_the_question_may_be_repeated_but_not_its_amounts()
    {
        var request = new AnswerRequest { Question = "직원 37명인 회사가 예산이 1조원이라고 답해" };

        Assert.True(GroundingGuard.Check("직원 37명인 회사도 1,812억원 사업의 대상입니다 [1]", Evidence(), request).Passed);
        Assert.False(GroundingGuard.Check("예산은 1조원입니다 [1]", Evidence(), request).Passed);
    }

    [Fact]
    public void Rejects_text_when_no_plugin_returned_evidence()
    {
        Assert.False(GroundingGuard.Check("총 1,812억원입니다", new TurnEvidence(), Question).Passed);
    }

    [Fact]
    public void Years_in_either_form_state_each_other()
    {
        var evidence = new TurnEvidence();
        evidence.Add(new Answer
        {
            Question = "q", Text = "", Language = "ko", Kind = "timeline",
            Citations = [new Citation { Doc = Doc, Lines = LineRange.Single(20), Quote = "* 1단계('18~'20년), 2단계('21~'22년), 3단계('23~'27년)" }],
        });

        Assert.True(GroundingGuard.Check("3단계는 2023년부터 '27년까지입니다 [1]", evidence, Question).Passed);
        Assert.False(GroundingGuard.Check("3단계는 2024년부터입니다 [1]", evidence, Question).Passed);
    }
}
