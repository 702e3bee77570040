namespace Answering.Tests.Understanding;

/// <summary>"몇 개사 뽑혔어요": the verb of a count question (a passive of 뽑다) names the column counted, 선정 not 신청.</summary>
public sealed class CountedEventTests
{
    private static readonly OneDocumentEngine Engine = new("msit-2026-08-05-digital-content-release.txt");

    [Fact]
    public void A_count_question_reads_the_column_its_verb_names()
    {
        var answer = Engine.Ask("올해 콘텐츠 수출바우처 도약형은 몇 개사 뽑혔어요?");

        Assert.Contains(answer.Figures, f => f.Value == 120 && f.Unit == "개사");
        Assert.DoesNotContain(answer.Figures, f => f.Value == 500);
    }

    [Fact]
    public void A_passive_verb_means_its_plain_verb()
    {
        Assert.Equal(Knowledge.Language.Lexicon.Canonical("뽑"), Knowledge.Language.Lexicon.Canonical("뽑히"));
    }
}
