using Answering.Composing;
using Answering.Tests.Rules;

namespace Answering.Tests.Composing;

/// <summary>Labels of amounts in running text are the document's nouns, without pieces of the number phrase before them.</summary>
public sealed class LabelsTests
{
    [Theory]
    [InlineData("□ 선정된 거점에는 3년간 국비 459억원을 지원한다.", "459억원", "국비")]
    [InlineData("□ 올해는 국비 1,203억원을 투입한다.", "1,203억원", "국비")]
    public void The_label_is_the_nouns_before_the_amount(string line, string amount, string expected)
    {
        var document = RuleDocuments.Read($"보도자료\n\n「테스트 사업」 안내\n\n{line}\n", "mss-2025-01-01-labels.txt");
        var figure = document.Figures.Single(f => f.Written == amount);

        Assert.Equal(expected, Labels.Of(figure));
    }

    [Fact]
    public void A_bound_word_of_the_amount_before_names_nothing()
    {
        var document = RuleDocuments.Read("보도자료\n\n「테스트 사업」 안내\n\n○ 직선거리 기준은 10km 이내에서 15km 이내로 넓어진다.\n", "mss-2025-01-01-labels.txt");
        var figure = document.Figures.Single(f => f.Written == "15km");

        Assert.NotEqual("이내", Labels.Of(figure));
    }
}
