using Answering.Contract;

namespace Answering.Tests.Answerers;

/// <summary>
/// A voucher call written partly as a FAQ: rates and caps by company size, the share paid in advance, a deadline to
/// finish by, papers to hand in, trades that may apply, what is not supported, and a count the FAQ states otherwise.
/// </summary>
public sealed class VoucherFaqTests
{
    private const string Doc = "motie-2025-04-07-export-packaging-voucher.txt";

    private static bool Cites(OneDocumentEngine engine, Answer answer, string words) =>
        answer.Citations.Any(c => engine.Lines[c.Lines.From - 1].Contains(words, StringComparison.Ordinal));

    [Theory]
    [InlineData("선정 기업은 10월 31일까지 과제 수행을 완료해야 한다는데 맞나요?")]
    [InlineData("Is it true that selected companies must complete the project by 31 October?")]
    public void A_deadline_claim_is_checked_against_the_date_its_subject_must_be_done_by(string claim)
    {
        using var engine = new OneDocumentEngine(Doc);

        var answer = engine.Claim(claim);

        Assert.Equal(Verdicts.Supported, answer.Verdict);
        Assert.True(Cites(engine, answer, "10월 31일까지 과제 수행"));
    }

    [Fact]
    public void A_count_the_faq_states_otherwise_makes_the_claim_conflicting()
    {
        using var engine = new OneDocumentEngine(Doc);

        var answer = engine.Claim("수출 포장 개선 바우처 사업으로 500개사를 선정한다고 써도 되나요?");

        Assert.Equal(Verdicts.Conflicting, answer.Verdict);
        Assert.Contains("450", answer.Text, StringComparison.Ordinal);
        Assert.True(Cites(engine, answer, "450개사"));
    }

    [Fact]
    public void A_claimed_rate_for_a_size_is_checked_against_that_size_s_rate_cell()
    {
        using var engine = new OneDocumentEngine(Doc);

        var answer = engine.Claim("중기업도 포장 개선 비용의 80%까지 지원받는다던데 맞아요?");

        Assert.Equal(Verdicts.Refuted, answer.Verdict);
        Assert.True(Cites(engine, answer, "중기업\t60"));
        // The claimed 80% is another size's rate in the same column, and is named as such.
        Assert.Contains("소기업 지원 비율", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_share_asked_beside_a_cap_is_read_from_the_rate_column_too()
    {
        using var engine = new OneDocumentEngine(Doc);

        var answer = engine.Ask("What share of the cost is covered for a small business (소기업), and what is the cap per company?");

        Assert.Contains("80%", answer.Text, StringComparison.Ordinal);
        Assert.Contains("1,000만원", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_advance_is_the_share_of_the_capped_support_the_faq_pays_first()
    {
        using var engine = new OneDocumentEngine(Doc);

        var answer = engine.Ask("소기업이 2천만원짜리 과제를 하면 선금으로 먼저 받는 돈은 얼마예요?");

        var advance = Assert.Single(answer.Figures, f => f.Label == "선금");
        Assert.Equal(400, advance.Value);
        Assert.True(Cites(engine, answer, "40%를 선금으로"));
    }

    [Fact]
    public void A_faq_answer_that_says_no_to_the_question_answers_it()
    {
        using var engine = new OneDocumentEngine(Doc);

        var answer = engine.Ask("부가가치세도 지원 대상 비용에 들어가나요?");

        Assert.Equal(Eligibility.No, answer.Eligible);
        Assert.True(Cites(engine, answer, "A. 아닙니다. 부가가치세"));
    }

    [Fact]
    public void The_papers_to_submit_come_from_the_passage_naming_them()
    {
        using var engine = new OneDocumentEngine(Doc);

        var answer = engine.Ask("신청할 때 어떤 서류를 내야 하나요?");

        Assert.Contains("계획서", answer.Text, StringComparison.Ordinal);
        Assert.Contains("견적서", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("소매업을 하는 중소기업인데 이 바우처 신청할 수 있나요?", Eligibility.Yes)]
    [InlineData("숙박업을 하는 중소기업인데 이 바우처 신청할 수 있나요?", Eligibility.No)]
    public void The_asker_s_trade_is_checked_against_the_trades_that_may_apply(string question, string eligible)
    {
        using var engine = new OneDocumentEngine(Doc);

        var answer = engine.Ask(question);

        Assert.Equal(eligible, answer.Eligible);
        Assert.True(Cites(engine, answer, "도·소매업을 영위하는"));
    }

    [Fact]
    public void A_year_the_asker_was_supported_in_is_a_time_since_for_a_recent_years_bound()
    {
        using var engine = new OneDocumentEngine(Doc);

        var answer = engine.Ask("2023년에 이 바우처로 지원을 받았는데 올해 또 신청할 수 있어요?");

        Assert.Equal(Eligibility.No, answer.Eligible);
    }

    [Fact]
    public void A_thing_the_document_says_it_does_not_support_is_a_no()
    {
        using var engine = new OneDocumentEngine(Doc);

        var answer = engine.Ask("중고 장비 임차료도 바우처로 지원받을 수 있어요?");

        Assert.Equal(Eligibility.No, answer.Eligible);
        Assert.True(Cites(engine, answer, "지원하지 않습니다"));
    }

    [Fact]
    public void What_is_not_supported_is_answered_with_the_denying_passage()
    {
        using var engine = new OneDocumentEngine(Doc);

        var answer = engine.Ask("이 바우처로 지원하지 않는 비용은 어떤 거예요?");

        Assert.Contains("포장 장비 구입비", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_measure_the_document_never_writes_is_not_answered_with_another_figure()
    {
        using var engine = new OneDocumentEngine(Doc);

        var answer = engine.Ask("작년 수출 포장 개선 바우처 경쟁률은 얼마였어요?");

        Assert.False(answer.Answerable);
    }
}
