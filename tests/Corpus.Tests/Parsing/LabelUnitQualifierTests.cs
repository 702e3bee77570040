using Corpus.Parsing;

namespace Corpus.Tests.Parsing;

/// <summary>A header's unit in parentheses may carry a period or a basis before it: (연 %), (1인당 천원).</summary>
public sealed class LabelUnitQualifierTests
{
    [Theory]
    [InlineData("적용금리(연 %)", "%")]
    [InlineData("지원금(1인당 천원)", "천원")]
    [InlineData("예산(억원)", "억원")]
    public void A_qualified_unit_is_read_as_its_unit(string label, string unit) => Assert.Equal(unit, TableParser.ReadLabelUnit(label));

    [Theory]
    [InlineData("기업 수(참여 기업)")]
    [InlineData("금리(기준 금리)")]
    public void Words_in_parentheses_that_are_no_unit_stay_in_the_label(string label)
    {
        Assert.Null(TableParser.ReadLabelUnit(label));
        Assert.Equal(label, TableParser.StripLabelUnit(label));
    }
}
