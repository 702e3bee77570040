using Answering.Contract;

namespace Answering.Tests.Rules.Evaluation;

/// <summary>The asker's facts against the voucher call's rules: yes, no, or depends, with the rule quoted and cited.</summary>
public sealed class EligibilityVerdictTests
{
    private static readonly Knowledge.Documents.DocumentKnowledge Voucher = RuleDocuments.Read(RuleDocuments.Voucher);

    private static Answer Ask(string question) => RuleDocuments.AskSure(Voucher, question);

    [Fact]
    public void A_requirement_the_asker_fails_says_no_with_the_bound_as_written()
    {
        var answer = Ask("업력 12년 된 중소기업이고 작년 매출 30억원입니다. 스마트물류 바우처 신청할 수 있나요?");

        Assert.Equal(Eligibility.No, answer.Eligible);
        Assert.Equal("eligibility", answer.Kind);
        Assert.Contains("10년 이하", answer.Text, StringComparison.Ordinal);
        Assert.NotEmpty(answer.Citations);
    }

    [Fact]
    public void Requirements_met_say_yes()
    {
        var answer = Ask("업력 7년 중소기업이고 작년 매출 25억원, 직원 30명입니다. 스마트물류 바우처 신청할 수 있나요?");

        Assert.Equal(Eligibility.Yes, answer.Eligible);
    }

    [Theory]
    [InlineData("300%", Eligibility.No)]
    [InlineData("299%", Eligibility.Yes)]
    public void A_bound_of_이상_includes_its_value(string debt, string expected)
    {
        var answer = Ask($"업력 6년 중소기업입니다. 직전년도 부채비율이 {debt}인데 스마트물류 바우처 신청 가능한가요?");

        Assert.Equal(expected, answer.Eligible);
    }

    [Fact]
    public void The_bound_for_the_askers_company_size_applies()
    {
        // 250% is under the 중소기업 bound (300%) but over the 중견기업 one (200%).
        Assert.Equal(Eligibility.No, Ask("업력 10년 중견기업이고 부채비율이 250%입니다. 스마트물류 바우처 신청 가능한가요?").Eligible);
        Assert.Equal(Eligibility.Yes, Ask("업력 10년 중소기업이고 부채비율이 250%입니다. 스마트물류 바우처 신청 가능한가요?").Eligible);
    }

    [Fact]
    public void An_exception_the_asker_meets_lifts_the_exclusion()
    {
        var answer = Ask("창업 1년 된 중소기업인데 부채비율이 450%예요. 스마트물류 바우처 신청 돼요?");

        Assert.Equal(Eligibility.Yes, answer.Eligible);
        Assert.Contains("다만", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_exception_the_asker_does_not_settle_makes_it_depend_and_names_it()
    {
        var answer = Ask("중소기업인데 부채비율이 450%예요. 스마트물류 바우처 신청 가능한가요?");

        Assert.Equal(Eligibility.Depends, answer.Eligible);
        Assert.Contains("창업 2년 이내", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_exception_with_its_own_bound_replaces_the_rule_s_bound()
    {
        Assert.Equal(Eligibility.Yes, Ask("창업 2년 된 회사고 직원이 12명이에요. 스마트물류 바우처 신청 자격 되나요?").Eligible);
        Assert.Equal(Eligibility.No, Ask("창업 6년 된 회사고 직원이 12명이에요. 스마트물류 바우처 신청 자격 되나요?").Eligible);
    }

    [Fact]
    public void A_condition_in_words_and_its_exception_are_read_from_the_askers_statements()
    {
        var approved = Ask("국세가 체납돼 있지만 관할 세무서에서 분할납부 승인을 받았어요. 스마트물류 바우처 신청할 수 있나요?");
        Assert.Equal(Eligibility.Yes, approved.Eligible);
        var notApproved = Ask("국세가 체납돼 있고 분할납부 승인은 못 받았어요. 스마트물류 바우처 신청할 수 있나요?");
        Assert.Equal(Eligibility.No, notApproved.Eligible);
    }

    [Fact]
    public void A_request_above_a_cap_says_no()
    {
        var answer = Ask("총사업비 3억원으로 스마트물류 바우처 지원금을 1.2억원 신청할 수 있나요?");

        Assert.Equal(Eligibility.No, answer.Eligible);
        Assert.Contains("1억원", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_share_of_two_amounts_is_computed_and_recorded_as_a_figure()
    {
        var answer = Ask("총사업비 1억원에 바우처 지원금 0.7억원으로 계획했는데 스마트물류 바우처 지원한도 기준에 맞나요?");

        Assert.Equal(Eligibility.No, answer.Eligible);
        var share = Assert.Single(answer.Figures);
        Assert.Equal(70, share.Value, 1);
        Assert.Equal("%", share.Unit);
        Assert.NotNull(share.Formula);
        Assert.Contains("60%", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_kind_of_place_of_the_named_region_chooses_the_bound()
    {
        Assert.Equal(Eligibility.No, Ask("대전에 있는 기업인데 바우처 금액을 6천만원 받을 수 있나요?").Eligible);
        Assert.Equal(Eligibility.Yes, Ask("충북에 있는 기업인데 바우처 금액을 6천만원 받을 수 있나요?").Eligible);
    }

    [Fact]
    public void A_place_across_both_kinds_makes_it_depend_on_which()
    {
        var answer = Ask("울산과 경남 양산에 사업장이 있는 기업인데 바우처 금액을 6천만원 받을 수 있나요?");

        Assert.Equal(Eligibility.Depends, answer.Eligible);
        Assert.Contains("광역시", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_after_the_deadline_says_no_unless_an_extension_may_cover_it()
    {
        Assert.Equal(Eligibility.No, Ask("선정된 기업인데 연장 신청은 안 했고 5월 23일에 협약을 체결하려고 합니다. 선정이 유지되나요?").Eligible);
        Assert.Equal(Eligibility.Depends, Ask("선정된 기업인데 사정이 생겨서 5월 27일에 협약을 하려고 해요. 괜찮을까요?").Eligible);
        Assert.Equal(Eligibility.Yes, Ask("선정된 기업인데 5월 19일에 협약을 체결하려고 합니다. 선정이 유지되나요?").Eligible);
    }

    [Fact]
    public void A_score_in_a_band_brings_that_band_s_outcome()
    {
        var reduced = Ask("중간점검에서 70점을 받으면 스마트물류 바우처를 계속 지원받을 수 있나요?");
        Assert.Equal(Eligibility.Yes, reduced.Eligible);
        Assert.Contains("30% 감액", reduced.Text, StringComparison.Ordinal);
        Assert.Equal(Eligibility.No, Ask("중간점검에서 55점을 받으면 스마트물류 바우처를 계속 지원받을 수 있나요?").Eligible);
    }

    [Fact]
    public void Every_number_of_the_answer_is_in_the_document_the_question_or_a_figure()
    {
        var answer = Ask("총사업비 1억원에 바우처 지원금 0.7억원으로 계획했는데 스마트물류 바우처 지원한도 기준에 맞나요?");
        var allowed = System.Text.RegularExpressions.Regex.Matches(RuleDocuments.Voucher + " 총사업비 1억원에 바우처 지원금 0.7억원", @"\d+(?:\.\d+)?").Select(m => double.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(answer.Text.Replace(",", "", StringComparison.Ordinal), @"(?<![\d.])\d+(?:\.\d+)?"))
        {
            var value = double.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(allowed.Contains(value) || answer.Figures.Any(f => Math.Abs(f.Value - value) < 0.051), $"ungrounded {value} in: {answer.Text}");
        }
    }

    [Fact]
    public void A_question_that_asks_how_much_is_not_a_yes_no_question()
    {
        Assert.Null(RuleDocuments.Ask(Voucher, "스마트물류 바우처는 기업당 최대 얼마까지 받을 수 있나요?"));
    }

    [Fact]
    public void A_case_no_rule_covers_is_not_in_the_document()
    {
        var answer = Ask("외국 국적 대표자가 있는 회사도 스마트물류 바우처 신청할 수 있나요?");

        Assert.Equal(Eligibility.NotInDocument, answer.Eligible);
    }
}
