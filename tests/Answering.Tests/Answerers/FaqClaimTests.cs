namespace Answering.Tests.Answerers;

/// <summary>Claims checked against a FAQ: the answer line, not the question line, says what holds; a denial refutes.</summary>
public sealed class FaqClaimTests
{
    private const string Doc = "mafra-2025-05-20-farm-drone-subsidy.txt";

    [Fact]
    public void A_faq_answer_that_opens_with_no_refutes_the_claim_its_question_asks()
    {
        using var engine = new OneDocumentEngine(Doc);

        var answer = engine.Ask("중고 드론도 보조받을 수 있다던데 사실인가요?");

        Assert.Equal(Contract.Verdicts.Refuted, answer.Verdict);
        Assert.Contains(answer.Citations, c => engine.Lines[c.Lines.From - 1].StartsWith("A. 아닙니다", StringComparison.Ordinal));
    }

    [Fact]
    public void A_verb_the_passage_denies_of_the_claims_subject_refutes_it()
    {
        using var engine = new OneDocumentEngine(Doc);

        var answer = engine.Ask("신청 기간이 지나도 방문해서 내면 신청서를 받아준다던데 맞나요?");

        Assert.Equal(Contract.Verdicts.Refuted, answer.Verdict);
        Assert.Contains("받지 않습니다", answer.Text, StringComparison.Ordinal);
    }
}
