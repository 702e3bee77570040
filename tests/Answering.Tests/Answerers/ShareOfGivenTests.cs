namespace Answering.Tests.Answerers;

/// <summary>A cap stated as a share of another amount, worked out for the amount the asker names; a competition ratio from a sentence.</summary>
public sealed class ShareOfGivenTests
{
    private const string Doc = "mois-2026-03-02-village-kitchen-faq.txt";

    [Fact]
    public void A_percent_cap_of_the_named_amount_is_worked_out_for_the_clause_the_question_names()
    {
        using var engine = new OneDocumentEngine(Doc);

        var answer = engine.Ask("보조금 3,000만원 받으면 홍보물 제작에는 최대 얼마까지 쓸 수 있어요?");

        Assert.Contains(answer.Figures, f => f.Value == 600 && f.Unit == "만원");
        Assert.Contains(answer.Citations, c => engine.Lines[c.Lines.From - 1].Contains("20% 이내", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cap_written_as_not_exceeding_is_read_as_a_cap()
    {
        using var engine = new OneDocumentEngine(Doc);

        var answer = engine.Ask("보조금 4천만원이면 업체 한 곳에 최대 얼마까지 쓸 수 있나요?");

        Assert.Contains(answer.Figures, f => f.Value == 2000 && f.Unit == "만원");
    }

    [Fact]
    public void A_multiple_cap_multiplies_the_named_amount()
    {
        using var engine = new OneDocumentEngine(Doc);

        var answer = engine.Ask("환수금이 1,000만원이면 제재부가금은 최대 얼마예요?");

        Assert.Contains(answer.Figures, f => f.Value == 3000 && f.Formula == "1000 × 3");
    }

    [Fact]
    public void A_cap_whose_clause_names_nothing_the_question_asks_is_not_applied()
    {
        using var engine = new OneDocumentEngine(Doc);

        var answer = engine.Ask("보조금 3,000만원이면 교육비는 최대 얼마예요?");

        Assert.DoesNotContain(answer.Figures, f => f.Value == 600 || f.Value == 1500);
    }

    [Fact]
    public void A_competition_ratio_is_read_from_a_sentence_of_applications_and_selections()
    {
        using var engine = new OneDocumentEngine(Doc);

        var answer = engine.Ask("’25년 경쟁률은 몇 대 1이었어요?");

        Assert.Contains(answer.Figures, f => f.Value == 4 && f.Formula == "240 / 60");
    }
}
