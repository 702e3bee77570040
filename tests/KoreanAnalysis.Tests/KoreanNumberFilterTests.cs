using Lucene.Net.Analysis;
using Lucene.Net.Util;
using static KoreanAnalysis.Tests.AnalysisAssert;

namespace KoreanAnalysis.Tests;

/// <summary>Number normalization, checked against Lucene 8.8.1's KoreanNumberFilter behind a tokenizer that keeps punctuation.</summary>
public sealed class KoreanNumberFilterTests
{
    private static Analyzer NumberAnalyzer() => Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new KoreanTokenizer(AttributeSource.AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY, reader, null,
            DecompoundMode.Discard, outputUnknownUnigrams: false, discardPunctuation: false);
        return new TokenStreamComponents(tokenizer, new KoreanNumberFilter(tokenizer));
    });

    [Fact]
    public void DigitsSeparatorsAndHangulNumeralsBecomeOneNumber()
    {
        using var analyzer = NumberAnalyzer();
        AssertAnalyzesTo(analyzer, "1,306억 원과 1천306명, 천삼백육 그리고 ３．２천",
            ["130600000000", " ", "원", "과", " ", "1306", "명", ",", " ", "1306", " ", "그리고", " ", "3200"],
            [0, 6, 7, 8, 9, 10, 15, 16, 17, 18, 22, 23, 26, 27],
            [6, 7, 8, 9, 10, 15, 16, 17, 18, 22, 23, 26, 27, 31]);
    }

    [Fact]
    public void AmountsInTheCorpusAreNormalized()
    {
        using var analyzer = NumberAnalyzer();
        AssertAnalyzesTo(analyzer, "사업비 2,000만원을 지원", ["사업", "비", " ", "20000000", "원", "을", " ", "지원"]);
    }
}
