namespace Answering.Tests.Answerers;

/// <summary>
/// What a claim is checked by beyond the sentence that shares its words: the rule's exception below it, a deadline the
/// document gives two ways, the way a named share went, and claim words the document never writes.
/// </summary>
public sealed class ClaimExceptionAndDeadlineTests
{
    private const string Doc = "mct-2026-02-10-craft-workshop-voucher.txt";

    [Fact]
    public void A_rule_whose_exception_names_the_claims_subject_refutes_the_claim()
    {
        using var engine = new OneDocumentEngine(Doc);

        var answer = engine.Claim("농어촌에 있는 수출형 공방도 자부담 비율을 10%p 낮춰 준다던데 맞나요?");

        Assert.Equal(Contract.Verdicts.Refuted, answer.Verdict);
        Assert.Contains(answer.Citations, c => engine.Lines[c.Lines.From - 1].Contains("단, 수출형은", StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_rule_for_a_type_the_exception_does_not_name_is_supported()
    {
        using var engine = new OneDocumentEngine(Doc);

        var answer = engine.Claim("농어촌 읍·면에 작업장이 있는 공방은 자부담 비율을 10%p 낮춰 준다는 게 사실인가요?");

        Assert.Equal(Contract.Verdicts.Supported, answer.Verdict);
    }

    [Fact]
    public void A_deadline_written_two_ways_makes_a_claim_of_either_day_conflicting()
    {
        using var engine = new OneDocumentEngine(Doc);

        var answer = engine.Claim("공방 창작바우처는 10월 15일까지 다 써야 한다고 기사 써도 될까요?");

        Assert.Equal(Contract.Verdicts.Conflicting, answer.Verdict);
        Assert.Contains(answer.Citations, c => engine.Lines[c.Lines.From - 1].Contains("10월 31일", StringComparison.Ordinal));
        Assert.Contains(answer.Citations, c => engine.Lines[c.Lines.From - 1].Contains("사용기한(10.15)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_claimed_rise_of_a_share_is_checked_against_the_clause_that_names_that_share()
    {
        using var engine = new OneDocumentEngine(Doc);

        var answer = engine.Claim("작년 공방 창작바우처에서 지방 공방 비중이 전년보다 늘었다던데 사실이에요?");

        Assert.Equal(Contract.Verdicts.Refuted, answer.Verdict);
        Assert.Contains("34.5%", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_claim_whose_own_words_the_document_never_writes_is_not_in_the_document()
    {
        using var engine = new OneDocumentEngine(Doc);

        var answer = engine.Claim("공방 창작바우처에 선정되면 공예진흥기금 융자 때 금리를 우대해 준다는데 사실인가요?");

        Assert.Equal(Contract.Verdicts.NotInDocument, answer.Verdict);
    }

    [Fact]
    public void What_a_limit_is_reckoned_on_is_the_word_before_its_basis_not_a_word_both_share()
    {
        using var engine = new OneDocumentEngine(Doc);

        var answer = engine.Claim("공방 창작바우처 한도는 정부지원금 기준이라 자부담은 한도 밖에서 따로 쓸 수 있는 거 맞죠?");

        Assert.Equal(Contract.Verdicts.Refuted, answer.Verdict);
        Assert.Contains("총사업비", answer.Text, StringComparison.Ordinal);
    }
}
