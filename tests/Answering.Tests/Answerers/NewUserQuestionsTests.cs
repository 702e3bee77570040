using System.Globalization;
using System.Text.RegularExpressions;
using Answering.Contract;

namespace Answering.Tests.Answerers;

/// <summary>
/// Questions a new user asks of the first document, each checked against what the corpus file itself holds (read here
/// without the engine): a definition, a company's field against its 시·도's row, a year-by-year change, a sum of two cells,
/// an amount per 1억원 of another.
/// </summary>
public sealed class NewUserQuestionsTests
{
    private static readonly string[] Lines = File.ReadAllLines(CorpusTable.CorpusFile);
    private static readonly CorpusTable Budget = CorpusTable.Under(CorpusTable.CorpusFile, "사업단계별 지원 규모", 2);

    [Fact]
    public void A_programme_is_defined_by_the_sentence_that_makes_it_its_topic()
    {
        var definition = Array.FindIndex(Lines, l => Regex.IsMatch(l, @"^\W*\S+사업은 .+하는")) + 1;

        var answer = TestEngine.Ask("국가혁신클러스터 사업이 뭐야?");

        Assert.True(definition > 0);
        Assert.Contains(answer.Citations, c => c.Lines.From == definition);
    }

    [Fact]
    public void A_company_outside_its_regions_fields_is_told_so_with_the_regions_row()
    {
        var answer = TestEngine.Ask("울산에서 수소연료전지 부품 만드는 회사인데 지원 받을 수 있어?");

        Assert.Equal(Eligibility.No, answer.Eligible);
        Assert.Contains(answer.Citations, c => Lines[c.Lines.From - 1].Split('\t').Any(cell => cell.Trim() == "울산"));
    }

    [Fact]
    public void The_year_a_budget_rose_most_is_found_from_the_years_in_turn()
    {
        string[] years = ["'18", "'19", "'20", "'21", "'22"];
        var values = years.Select(y => Budget.Value("R&D", y)).ToArray();
        var rises = Enumerable.Range(1, values.Length - 1).Select(i => (Year: years[i], Rise: values[i] - values[i - 1])).ToList();
        var top = rises.MaxBy(r => r.Rise);

        var answer = TestEngine.Ask("R&D 예산이 가장 많이 늘어난 해는?");

        Assert.Contains(answer.Figures, f => f.Value == top.Rise && f.Formula is not null);
        Assert.Contains("20" + top.Year[1..] + "년에 가장 많이 늘었", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_cells_named_by_their_years_are_added()
    {
        var sum = Budget.Value("지방비", "'19") + Budget.Value("지방비", "'20");

        var answer = TestEngine.Ask("2019년과 2020년 지방비를 합하면?");

        Assert.Contains(answer.Figures, f => f.Value == sum && f.Formula is not null);
    }

    [Fact]
    public void An_amount_per_one_unit_of_another_divides_the_one_by_the_other()
    {
        var sales = Lines.Select(l => Regex.Match(l, @"([\d,]+)억원의 사업화 매출")).First(m => m.Success).Groups[1].Value;
        var ratio = double.Parse(sales.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) / Budget.Value("국비", "1단계", "소계");

        var answer = TestEngine.Ask("1단계 때 사업화 매출은 국비 1억원당 얼마 꼴이야?");

        Assert.Contains(answer.Figures, f => Math.Abs(f.Value - ratio) < 0.01 && f.Formula is not null);
    }

    [Fact]
    public void What_a_footnoted_term_includes_is_read_from_its_footnote()
    {
        var footnote = Array.FindIndex(Lines, l => l.StartsWith("* 혁신도시", StringComparison.Ordinal)) + 1;

        var answer = TestEngine.Ask("혁신거점에는 어떤 게 포함돼?");

        Assert.Null(answer.Eligible);
        Assert.Contains(answer.Citations, c => c.Lines.From <= footnote && footnote <= c.Lines.To || Lines[c.Lines.From - 1] == Lines[footnote - 1]);
    }
}
