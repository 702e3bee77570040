namespace Answering.Tests.Documents;

/// <summary>
/// An English question names a programme word by word and its ministry by name: the programme's Korean name still
/// weighs as a name, and the ministry's name selects no row.
/// </summary>
public sealed class EnglishNamingTests
{
    private const string Regional = "mss-2022-02-24-regional-specialized-industry.txt";

    [Fact]
    public void The_programme_named_in_english_is_answered_with_its_total_not_a_row_that_shares_its_words()
    {
        var total = SuiteEngine.Rows(Regional, c => c[0] == "합계").First()[4];

        var answer = SuiteEngine.Ask("According to the February 2022 MSS release, how much will the regional specialized industry program receive in 2022?");

        Assert.Contains($"{total}백만원", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("R&D", answer.Text, StringComparison.Ordinal);
    }
}
