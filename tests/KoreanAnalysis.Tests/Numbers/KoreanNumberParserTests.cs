using KoreanAnalysis.Numbers;

namespace KoreanAnalysis.Tests.Numbers;

/// <summary>The examples of Nori's KoreanNumberFilter documentation, and its handling of malformed numbers.</summary>
public sealed class KoreanNumberParserTests
{
    [Theory]
    [InlineData("영영칠", "7")]
    [InlineData("일영영영", "1000")]
    [InlineData("삼천2백2십삼", "3223")]
    [InlineData("조육백만오천일", "1000006005001")]
    [InlineData("１.２만３４５.６７", "12345.67")]
    [InlineData("4,647.100", "4647.1")]
    [InlineData("15,7", "157")]
    [InlineData("1.2.3", "1.2.3")]
    [InlineData("해", "100000000000000000000")]
    public void NormalizesLikeNori(string number, string normalized)
    {
        Assert.Equal(normalized, KoreanNumberParser.Normalize(number));
    }
}
