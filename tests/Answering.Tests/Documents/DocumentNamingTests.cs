namespace Answering.Tests.Documents;

/// <summary>
/// Words that name the document rather than what is asked: an English programme name given word by word, the ministry's
/// name, and the words that point at the release ("… 개정 보도자료 기준으로") select no row or column.
/// </summary>
public sealed class DocumentNamingTests
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

    [Fact]
    public void Words_that_point_at_the_release_select_no_column()
    {
        const string Rules = "motie-2024-09-12-collab-zone-rules.txt";
        var header = SuiteEngine.Lines(Rules).First(l => l.StartsWith("구분\t'22", StringComparison.Ordinal)).Split('\t');
        var column = Array.IndexOf(header, "'24");
        var row = SuiteEngine.Rows(Rules, c => c[0] == "협업 R&D" && c.Length == header.Length).Single();

        var answer = SuiteEngine.Ask("2024년 산업협업지구 지침 개정 보도자료 기준으로 '24년 협업 R&D 예산은 얼마인가요?");

        Assert.Contains($"{row[column]}억원", answer.Text, StringComparison.Ordinal);
    }
}
