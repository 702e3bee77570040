using Answering.Contract;
using Teams.Cards;

namespace Teams.Tests.Cards;

public sealed class CardTextTests
{
    [Theory]
    [InlineData("ko", 37, 37, "37행")]
    [InlineData("ko", 35, 37, "35-37행")]
    [InlineData("en", 37, 37, "line 37")]
    [InlineData("en", 35, 37, "lines 35-37")]
    public void Line_references_read_naturally_in_each_language(string language, int from, int to, string expected)
    {
        Assert.Equal(expected, CardText.For(language).Lines(new LineRange(from, to)));
    }

    [Fact]
    public void Both_languages_name_every_verdict_and_eligibility()
    {
        string[] verdicts = [Verdicts.Supported, Verdicts.Refuted, Verdicts.NotInDocument, Verdicts.Conflicting];
        string[] eligibility = [Eligibility.Yes, Eligibility.No, Eligibility.Depends, Eligibility.NotInDocument];

        Assert.All([CardText.Korean, CardText.English], text =>
        {
            Assert.All(verdicts, verdict => Assert.True(text.VerdictBadges.ContainsKey(verdict), verdict));
            Assert.All(eligibility, eligible => Assert.True(text.EligibilityBadges.ContainsKey(eligible), eligible));
        });
    }
}
