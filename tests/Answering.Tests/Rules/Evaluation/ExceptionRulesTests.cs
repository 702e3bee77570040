using Answering.Contract;
using Knowledge.Rules;

namespace Answering.Tests.Rules.Evaluation;

/// <summary>
/// Exceptions and permissions stated on their own: an exclusions table with an exception column, an exception bullet that
/// lowers a bound for whoever it names, a sentence that lets some in regardless of a rule, and a prohibition naming a size.
/// </summary>
public sealed class ExceptionRulesTests
{
    private static readonly Knowledge.Documents.DocumentKnowledge Call = RuleDocuments.Read("""
        보도자료

        「2026년 공예기업 수출바우처 사업」 참여기업 모집

        □ (신청자격) 사업자등록일부터 공고일까지 업력 2년 이상인 공예기업

        - 다만, 공예품 명인 인증서를 보유한 기업은 업력 1년 이상이면 신청 가능

        □ (특례) 문화상품 우수기업으로 지정된 기업은 수출실적 유무와 관계없이 신청할 수 있습니다.

        □ (역할) 대기업은 주관기관이 될 수 없으며, 협력기관으로만 참여할 수 있다.

        □ (제외대상) 아래 표에 해당하면 신청할 수 없습니다.

        구분	제외 사유	예외(신청 가능한 경우)
        세금 체납	국세·지방세 체납	징수유예 또는 분할납부 승인을 받은 경우
        휴·폐업	휴업 또는 폐업 중	동절기 등 계절 휴업을 신고한 기업
        참여 제한	보조금 부정수급으로 제재 기간 중	없음
        """, "mcst-2026-02-02-craft-export-voucher.txt");

    [Fact]
    public void An_exclusions_table_with_an_exception_column_reads_each_row_as_an_exclusion_with_its_exception()
    {
        var rows = Call.Rules.Rules.Where(r => r.Table is not null && r.Outcome == Outcome.Negative).ToList();
        Assert.Equal(3, rows.Count);
        var tax = Assert.Single(rows, r => r.Text.Contains("체납", StringComparison.Ordinal));
        var exception = Assert.Single(tax.Provisos);
        Assert.True(exception.Lifts);
        Assert.Contains("분할납부", exception.Text, StringComparison.Ordinal);
        Assert.Empty(Assert.Single(rows, r => r.Text.Contains("부정수급", StringComparison.Ordinal)).Provisos);
    }

    [Theory]
    [InlineData("지방세가 좀 밀려 있는데 구청에서 분할납부 승인은 받았어요. 수출바우처 신청에 문제 없나요?", Eligibility.Yes)]
    [InlineData("겨울이라 지금 휴업 중이에요. 공예기업 수출바우처 신청되나요?", Eligibility.Depends)]
    public void An_exception_in_the_table_that_holds_lifts_the_exclusion_and_an_unsettled_one_leaves_it_open(string question, string expected) =>
        Assert.Equal(expected, RuleDocuments.AskSure(Call, question).Eligible);

    [Fact]
    public void An_exception_bullet_that_lowers_a_bound_for_whoever_it_names_applies_when_the_asker_is_one()
    {
        var answer = RuleDocuments.AskSure(Call, "사업자 낸 지 15개월 됐어요. 공예품 명인 인증서는 보유하고 있습니다. 수출바우처 신청 돼요?");
        Assert.Equal(Eligibility.Yes, answer.Eligible);
    }

    [Fact]
    public void A_sentence_letting_some_apply_regardless_says_yes_to_an_asker_it_names()
    {
        var answer = RuleDocuments.AskSure(Call, "수출실적은 없고 작년에 문화상품 우수기업으로 지정받았어요. 수출바우처 신청 가능해요?");
        Assert.Equal(Eligibility.Yes, answer.Eligible);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("관계없이", StringComparison.Ordinal));
    }

    [Fact]
    public void A_prohibition_naming_a_company_size_rules_out_an_asker_of_that_size()
    {
        var answer = RuleDocuments.AskSure(Call, "저희는 대기업입니다. 수출바우처 주관기관으로 신청할 수 있나요?");
        Assert.Equal(Eligibility.No, answer.Eligible);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("주관기관이 될 수 없", StringComparison.Ordinal));
    }

    [Fact]
    public void A_question_of_an_faq_rules_nothing_and_its_answer_does()
    {
        var faq = RuleDocuments.Read("""
            보도자료

            「2026년 공예기업 수출바우처」 자주 묻는 질문

            문 3) 작년에 이 바우처를 받았는데, 올해 다시 신청할 수 없나요?
            답) 최근 2년 동안 공예기업 수출바우처를 지원받은 기업은 신청할 수 없습니다.
            """, "mcst-2026-02-03-craft-export-faq.txt");
        var rule = Assert.Single(faq.Rules.Rules);
        Assert.StartsWith("답)", rule.Text, StringComparison.Ordinal);
        Assert.Equal(Outcome.Negative, rule.Outcome);
        Assert.DoesNotContain(rule.Cues, q => q.Text.StartsWith("답", StringComparison.Ordinal));
    }

    [Fact]
    public void Bounds_naming_who_may_apply_only_one_way_exclude_those_they_name_not_everyone_else()
    {
        var call = RuleDocuments.Read("""
            보도자료

            「2026년 공예기업 수출바우처 사업」 참여기업 모집

            □ (신청자격) 공예품을 제조하는 중소기업

            ※ 업력 3년 이상이고 매출액 50억원 이상인 기업은 수출형 요건을 갖춘 경우에만 신청할 수 있습니다.
            """, "mcst-2026-02-04-craft-export-only.txt");
        var rule = Assert.Single(call.Rules.Rules, r => r.Conditions.Any(c => c.Value == 50));
        Assert.Equal(RuleForm.Consequence, rule.Form);
        Assert.Equal(Outcome.Negative, rule.Outcome);
        Assert.Contains("수출형", Assert.Single(rule.Provisos).Text, StringComparison.Ordinal);
        Assert.NotEqual(Eligibility.No, RuleDocuments.Ask(call, "업력 5년이고 작년 매출은 3억원이에요. 수출바우처 신청할 수 있나요?")?.Eligible);
        Assert.Equal(Eligibility.No, RuleDocuments.AskSure(call, "업력 5년이고 작년 매출은 80억원이에요. 수출형 요건은 못 갖췄어요. 수출바우처 신청할 수 있나요?").Eligible);
    }
}
