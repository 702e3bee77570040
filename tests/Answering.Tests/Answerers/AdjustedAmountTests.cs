using System.Globalization;
using System.Text.RegularExpressions;

namespace Answering.Tests.Answerers;

/// <summary>
/// A table that states how an amount changes by grade (15% 인상, 동결, 20% 삭감) and a sentence that states the level it
/// applies to: the changed amount is worked out from both, with its formula, for a document no code names.
/// </summary>
public sealed class AdjustedAmountTests
{
    private const string Document = "mss-2026-01-15-incubator-grades.txt";
    private static readonly OneDocumentEngine Engine = new(Document);

    private static string[] Lines => File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestDocuments", Document));

    private static double Level => double.Parse(Regex.Match(Lines.Single(l => l.Contains("운영 지원금은", StringComparison.Ordinal)), @"지원금은 (\d+)억원").Groups[1].Value, CultureInfo.InvariantCulture);

    private static double Change(string grade)
    {
        var cell = Lines.Single(l => l.StartsWith(grade + "\t", StringComparison.Ordinal)).Split('\t')[2];
        var rate = Regex.Match(cell, @"(\d+)%");
        return !rate.Success ? 0 : double.Parse(rate.Groups[1].Value, CultureInfo.InvariantCulture) * (cell.Contains("인상", StringComparison.Ordinal) ? 1 : -1);
    }

    [Theory]
    [InlineData("미흡")]
    [InlineData("우수")]
    public void A_grades_changed_amount_is_the_level_with_its_change_applied(string grade)
    {
        var answer = Engine.Ask($"{grade} 등급 센터의 '26년 운영 지원금은 얼마예요?");

        var expected = Level * (1 + Change(grade) / 100);
        var figure = Assert.Single(answer.Figures, f => f.Formula is not null && f.Unit == "억원");
        Assert.Equal(expected, figure.Value, 6);
        Assert.Contains(expected.ToString("0.#", CultureInfo.InvariantCulture) + "억원", answer.Text, StringComparison.Ordinal);
        Assert.Equal(2, figure.Inputs.Count);
    }

    [Fact]
    public void Two_changed_amounts_compared_in_times()
    {
        var answer = Engine.Ask("'26년 운영 지원금은 우수 센터가 미흡 센터의 몇 배예요?");

        var expected = Math.Round((1 + Change("우수") / 100) / (1 + Change("미흡") / 100), 2);
        Assert.Contains(answer.Figures, f => f.Unit == "배" && Math.Abs(f.Value - expected) < 0.006);
    }

    [Fact]
    public void A_rate_asked_is_read_not_applied()
    {
        var answer = Engine.Ask("미흡 등급 센터의 '26년 운영 지원금은 몇 % 삭감돼요?");

        Assert.DoesNotContain(answer.Figures, f => f.Formula is not null && f.Unit == "억원");
    }
}
