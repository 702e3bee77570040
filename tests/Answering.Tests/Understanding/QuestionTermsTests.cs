using Answering.Understanding;
using Knowledge.Language;

namespace Answering.Tests.Understanding;

/// <summary>A noun the analyser reads differently in a sentence and alone still meets itself.</summary>
public sealed class QuestionTermsTests
{
    [Fact]
    public void A_noun_read_as_noun_plus_copula_in_a_sentence_keeps_its_whole_form()
    {
        var alone = TermAnalyzer.Terms("소상공인");
        var inSentence = QuestionReader.Read("소상공인 분야 예산은 얼마예요?").Terms;

        Assert.Contains(inSentence, alone.Contains);
    }

    [Fact]
    public void Terms_read_again_are_the_same_and_not_shared()
    {
        var first = Knowledge.Language.TermAnalyzer.Terms("지역특화산업 육성 예산");
        first.Clear();

        var again = Knowledge.Language.TermAnalyzer.Terms("지역특화산업 육성 예산");

        Assert.Contains("예산", again);
    }
}
