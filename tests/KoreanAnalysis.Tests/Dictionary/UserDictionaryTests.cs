using KoreanAnalysis.Dictionary;

namespace KoreanAnalysis.Tests.Dictionary;

/// <summary>Reading user dictionaries the way Nori's UserDictionary.open does.</summary>
public sealed class UserDictionaryTests
{
    [Fact]
    public void WithoutEntriesItIsNull()
    {
        Assert.Null(UserDictionary.FromLines(["# only a comment", "   "]));
    }

    [Fact]
    public void SegmentationLongerThanTheWordIsRejected()
    {
        Assert.Throws<ArgumentException>(() => UserDictionary.FromLines(["세종 세종시"]));
    }

    [Fact]
    public void ReadsAFileWithCommentsAndDuplicates()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, ["# 도메인 명사", "국가혁신클러스터 국가 혁신 클러스터 # 사업명", "국가혁신클러스터", "R&D"]);
            var userDictionary = UserDictionary.FromFile(path);
            using var analyzer = new KoreanAnalyzer(userDictionary);
            AnalysisAssert.AssertAnalyzesTo(analyzer, "국가혁신클러스터 R&D", ["국가", "혁신", "클러스터", "r&d"]);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
