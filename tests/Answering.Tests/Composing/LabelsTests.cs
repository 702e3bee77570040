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
}
