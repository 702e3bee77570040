using KoreanAnalysis.Dictionary;
using static KoreanAnalysis.Tests.AnalysisAssert;

namespace KoreanAnalysis.Tests;

/// <summary>The analyzer's pipeline (stop tags, reading form, lower case), checked against Lucene 8.8.1's Nori.</summary>
public sealed class KoreanAnalyzerTests
{
    [Fact]
    public void StopTagsLeavePositionGaps()
    {
        using var analyzer = new KoreanAnalyzer();
        AssertAnalyzesTo(analyzer, "가락지나물은 한국 특산 식물이다",
            ["가락지", "나물", "한국", "특산", "식물", "이"], [0, 3, 7, 10, 13, 15], [3, 5, 9, 12, 15, 16], [1, 1, 2, 1, 1, 1]);
    }

    [Fact]
    public void HanjaIsReadInHangul()
    {
        using var analyzer = new KoreanAnalyzer();
        AssertAnalyzesTo(analyzer, "給付 및 韓國의 大學校", ["급부", "한국", "대학", "校"], [0, 5, 9, 11], [2, 7, 11, 12], [1, 2, 2, 1]);
    }

    [Fact]
    public void LatinIsLowerCased()
    {
        using var analyzer = new KoreanAnalyzer();
        AssertAnalyzesTo(analyzer, "Lucene과 Elasticsearch는 검색 엔진이다", ["lucene", "elasticsearch", "검색", "엔진", "이"]);
    }

    [Fact]
    public void CustomStopTagsAndModeAreUsed()
    {
        using var analyzer = new KoreanAnalyzer(mode: DecompoundMode.None, stopTags: new HashSet<PosTag> { PosTag.J, PosTag.E, PosTag.VCP });
        AssertAnalyzesTo(analyzer, "가락지나물은 한국 특산 식물이다", ["가락지나물", "한국", "특산", "식물"]);
    }

    [Fact]
    public void UserDictionaryFindsDomainNouns()
    {
        var userDictionary = UserDictionary.FromLines(["국가혁신클러스터 국가 혁신 클러스터"]);
        using var analyzer = new KoreanAnalyzer(userDictionary);
        AssertAnalyzesTo(analyzer, "국가혁신클러스터육성사업은", ["국가", "혁신", "클러스터", "육성", "사업"]);
    }
}
