using Answering.Contract;

namespace Answering.Tests.Evidence;

public sealed class PeriodMissingTests
{
    private const string Release = "mss-2022-02-24-regional-specialized-industry.txt";

    [Fact]
    public void A_year_no_figure_found_is_of_is_not_answered_with_the_documents_own_year()
    {
        // The release budgets '22 (beside '21); of '23 it gives no figure.
        var answer = SuiteEngine.Ask("According to the February 2022 MSS release, how much will the regional specialized industry program receive in 2023?");

        Assert.False(answer.Answerable);
        Assert.Equal(AnswerKinds.OutOfScope, answer.Kind);
        Assert.All(answer.Citations, c => Assert.Equal(Release, c.Doc));
    }

    [Fact]
    public void The_year_the_figures_are_of_is_answered()
    {
        var total = SuiteEngine.Rows(Release, c => c[0] == "합계").First();

        var answer = SuiteEngine.Ask("According to the February 2022 MSS release, how much will the regional specialized industry program receive in 2022?");

        Assert.True(answer.Answerable);
        Assert.Contains(total[4], answer.Text, StringComparison.Ordinal);
    }
}
