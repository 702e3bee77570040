using System.Text.RegularExpressions;
using Answering.Contract;
using Answering.Rules.Facts;
using Corpus.Quantities;

namespace Answering.Tests.Rules.Facts;

/// <summary>
/// A part of the asker's amount that the document leaves out of what its bound counts: the net amount is checked (with the
/// subtraction as a figure), an exclusion limited to a case the asker denies is not applied, and one the asker is unsure
/// of leaves the answer depending on that case.
/// </summary>
public sealed class NetAmountTests
{
    private const string WaterFee = """
        보도자료

        2025년 5월 2일(금) 조간부터 보도하여 주시기 바랍니다.

        배포일시	5. 1.(목)	담당부서	물이용정책과

        「2025년 산업용수 절감 설비 지원사업」 참여 사업장 모집

        □ (지원대상) 직전 연도 용수 사용량이 1,000톤 이상인 중소기업 사업장이 신청할 수 있다.

        ○ 용수 사용량을 산정할 때 냉각탑에서 재이용한 물량은 제외한다. 다만, 재이용 설비 운영일지로 확인되는 물량에 한정한다.

        □ (지원내용) 절수 설비 구입비를 사업장당 최대 5천만원까지 지원한다.
        """;

    private static readonly Knowledge.Documents.DocumentKnowledge Document = RuleDocuments.Read(WaterFee, "me-2025-05-02-industrial-water.txt");

    /// <summary>The bound the document sets on the amount, read from its text (1,000톤 이상).</summary>
    private static readonly double Bound = double.Parse(Regex.Match(WaterFee, @"용수 사용량이 ([\d,]+)톤 이상").Groups[1].Value.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void The_part_and_the_passage_that_leaves_it_out_are_found()
    {
        var question = "중소기업이고 작년 용수 사용량이 1,200톤인데 그중 300톤은 냉각탑 재이용 물량이고 운영일지도 있어요. 신청할 수 있나요?";
        var match = RuleDocuments.Match(Document, question);

        var net = NetAmounts.Read(match, FactReader.Read(match));

        Assert.NotNull(net);
        Assert.Equal(1200, net.Total.Value);
        Assert.Equal(300, net.Part.Value);
        Assert.Equal(net.Total.Value - net.Part.Value, net.Net.Value);
        Assert.Contains("제외한다", net.Exclusion.Text, StringComparison.Ordinal);
        Assert.Contains("운영일지", net.Condition, StringComparison.Ordinal);
        Assert.True(net.ConditionHolds);
    }

    [Fact]
    public void The_net_amount_is_checked_and_shown_as_a_figure()
    {
        var answer = RuleDocuments.AskSure(Document, "중소기업이고 작년 용수 사용량이 1,200톤인데 그중 300톤은 냉각탑 재이용 물량이고 운영일지도 있어요. 신청할 수 있나요?");

        Assert.Equal(1200 - 300 < Bound ? Eligibility.No : Eligibility.Yes, answer.Eligible);
        var figure = Assert.Single(answer.Figures, f => f.Value == 1200 - 300);
        Assert.Equal("톤", figure.Unit);
        Assert.Contains("1200 - 300", figure.Formula, StringComparison.Ordinal);
        Assert.Contains(answer.Citations, c => Document.Document.Line(c.Lines.From).Contains("제외한다", StringComparison.Ordinal));
    }

    [Fact]
    public void A_limiting_case_the_asker_denies_keeps_the_gross_amount()
    {
        var answer = RuleDocuments.AskSure(Document, "중소기업이고 작년 용수 사용량이 1,200톤인데 그중 300톤은 냉각탑 재이용 물량이에요. 운영일지는 없어요. 신청할 수 있나요?");

        Assert.Equal(1200 >= Bound ? Eligibility.Yes : Eligibility.No, answer.Eligible);
        Assert.DoesNotContain(answer.Figures, f => f.Value == 1200 - 300);
    }

    [Fact]
    public void A_limiting_case_the_asker_is_unsure_of_makes_the_answer_depend_on_it()
    {
        var answer = RuleDocuments.AskSure(Document, "중소기업이고 작년 용수 사용량이 1,200톤인데 그중 300톤은 냉각탑 재이용 물량이에요. 운영일지가 있는지는 아직 모르겠어요. 신청 대상인가요?");

        Assert.Equal(Eligibility.Depends, answer.Eligible);
        Assert.Contains("운영일지", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_year_that_dates_an_amount_is_not_when_something_happened()
    {
        var facts = FactReader.Read(RuleDocuments.Match(Document, "작년 용수 사용량이 1,200톤이에요. 신청할 수 있나요?"));

        Assert.DoesNotContain(facts.Numbers, f => f.Unit == Units.Year);
        Assert.Contains(facts.Numbers, f => f.Value == 1200);
    }
}
