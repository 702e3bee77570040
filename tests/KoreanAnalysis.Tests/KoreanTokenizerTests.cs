using KoreanAnalysis.Dictionary;
using KoreanAnalysis.TokenAttributes;
using Lucene.Net.Analysis;
using Lucene.Net.Util;
using static KoreanAnalysis.Tests.AnalysisAssert;

namespace KoreanAnalysis.Tests;

/// <summary>The tokenizer's output, checked against what Lucene 8.8.1's Nori gives for the same input.</summary>
public sealed class KoreanTokenizerTests
{
    private const string Sentence = "가락지나물은 한국 특산 식물이다";

    private static Analyzer Tokenizer(DecompoundMode mode, UserDictionary? userDictionary = null, bool discardPunctuation = true) =>
        Analyzer.NewAnonymous((_, reader) => new TokenStreamComponents(new KoreanTokenizer(
            AttributeSource.AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY, reader, userDictionary, mode, false, discardPunctuation)));

    [Fact]
    public void NoneKeepsTheCompoundWhole()
    {
        using var analyzer = Tokenizer(DecompoundMode.None);
        AssertAnalyzesTo(analyzer, Sentence,
            ["가락지나물", "은", "한국", "특산", "식물", "이", "다"],
            [0, 5, 7, 10, 13, 15, 16], [5, 6, 9, 12, 15, 16, 17], [1, 1, 1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 1, 1]);
    }

    [Fact]
    public void DiscardOutputsOnlyTheParts()
    {
        using var analyzer = Tokenizer(DecompoundMode.Discard);
        AssertAnalyzesTo(analyzer, Sentence,
            ["가락지", "나물", "은", "한국", "특산", "식물", "이", "다"],
            [0, 3, 5, 7, 10, 13, 15, 16], [3, 5, 6, 9, 12, 15, 16, 17], [1, 1, 1, 1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 1, 1, 1]);
    }

    [Fact]
    public void MixedStacksTheCompoundOverItsParts()
    {
        using var analyzer = Tokenizer(DecompoundMode.Mixed);
        AssertAnalyzesTo(analyzer, Sentence,
            ["가락지나물", "가락지", "나물", "은", "한국", "특산", "식물", "이", "다"],
            [0, 0, 3, 5, 7, 10, 13, 15, 16], [5, 3, 5, 6, 9, 12, 15, 16, 17], [1, 0, 1, 1, 1, 1, 1, 1, 1], [2, 1, 1, 1, 1, 1, 1, 1, 1]);
    }

    [Fact]
    public void InflectedPartsSpanTheWholeToken()
    {
        using var analyzer = Tokenizer(DecompoundMode.Mixed);
        AssertAnalyzesTo(analyzer, "지원한다",
            ["지원", "한다", "하", "ᆫ다"], [0, 2, 2, 2], [2, 4, 4, 4], [1, 1, 0, 1], [1, 2, 1, 1]);
    }

    [Fact]
    public void PartsOfSpeechAndTypesAreReported()
    {
        using var analyzer = Tokenizer(DecompoundMode.Mixed);
        var seen = new List<string>();
        Tokens(analyzer, "가락지나물은", stream =>
        {
            var pos = stream.GetAttribute<IPartOfSpeechAttribute>();
            seen.Add($"{pos.LeftPos}/{pos.RightPos}/{pos.PosType}/{pos.Morphemes?.Count ?? 0}");
        });
        Assert.Equal(["NNG/NNG/COMPOUND/2", "NNG/NNG/MORPHEME/0", "NNG/NNG/MORPHEME/0", "J/J/MORPHEME/0"], seen);
    }

    [Fact]
    public void HanjaCarriesItsReading()
    {
        using var analyzer = Tokenizer(DecompoundMode.Discard);
        var readings = new List<string?>();
        Tokens(analyzer, "給付", stream => readings.Add(stream.GetAttribute<IReadingAttribute>().Reading));
        Assert.Equal(["급부"], readings);
    }

    [Fact]
    public void PunctuationAndSpacesAreKeptWhenAsked()
    {
        using var analyzer = Tokenizer(DecompoundMode.Discard, discardPunctuation: false);
        AssertAnalyzesTo(analyzer, "우리 회사는, 부산에 있다!",
            ["우리", " ", "회사", "는", ",", " ", "부산", "에", " ", "있", "다", "!"],
            [0, 2, 3, 5, 6, 7, 8, 10, 11, 12, 13, 14], [2, 3, 5, 6, 7, 8, 10, 11, 12, 13, 14, 15]);
    }

    [Fact]
    public void PunctuationIsDiscardedByDefault()
    {
        using var analyzer = Tokenizer(DecompoundMode.Discard);
        AssertAnalyzesTo(analyzer, "우리 회사는, 부산에 있다!", ["우리", "회사", "는", "부산", "에", "있", "다"]);
    }

    [Fact]
    public void UserWordsWinAndSplitAsGiven()
    {
        var userDictionary = UserDictionary.FromLines(["# domain nouns", "국가혁신클러스터 국가 혁신 클러스터", "세종시 세종 시", "세종", "c++", "C샤프", "산업통상자원부"]);
        using var analyzer = Tokenizer(DecompoundMode.Mixed, userDictionary);
        AssertAnalyzesTo(analyzer, "국가혁신클러스터육성사업은 세종시에서 진행합니다",
            ["국가혁신클러스터", "국가", "혁신", "클러스터", "육성", "사업", "은", "세종시", "세종", "시", "에서", "진행", "합니다", "하", "ᄇ니다"],
            [0, 0, 2, 4, 8, 10, 12, 14, 14, 16, 17, 20, 22, 22, 22],
            [8, 2, 4, 8, 10, 12, 13, 17, 16, 17, 19, 22, 25, 25, 25],
            [1, 0, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 0, 1],
            [3, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 2, 1, 1]);
        AssertAnalyzesTo(analyzer, "산업통상자원부가 c++와 C샤프를 지원한다",
            ["산업통상자원부", "가", "c++", "와", "C샤프", "를", "지원", "한다", "하", "ᆫ다"]);
    }

    [Fact]
    public void EmptyInputHasNoTokens()
    {
        using var analyzer = Tokenizer(DecompoundMode.Mixed);
        Assert.Empty(Tokens(analyzer, ""));
    }
}
