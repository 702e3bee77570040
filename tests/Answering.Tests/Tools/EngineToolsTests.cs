using System.Globalization;
using Answering.Contract;
using Answering.Tools;

namespace Answering.Tests.Tools;

/// <summary>
/// The capabilities Semantic Kernel plugins wrap, one at a time, over the test corpus: every expected figure is read
/// off the corpus file by <see cref="CorpusTable"/>, so the tests follow the documents, and every quote must be on the
/// lines it cites.
/// </summary>
public sealed class EngineToolsTests
{
    private static readonly IEngineTools Tools = TestEngine.Shared;
    private static readonly CorpusTable Budget = CorpusTable.Under(CorpusTable.CorpusFile, "사업단계별 지원 규모", headerRows: 2);

    private static void AssertQuotesAreOnTheirLines(Answer answer)
    {
        Assert.NotEmpty(answer.Citations);
        Assert.All(answer.Citations, c => Assert.True(Budget.Holds(c.Lines.From, c.Lines.To, c.Quote), $"{c.Lines}: {c.Quote}"));
    }

    private static string Written(double value) => value.ToString("#,0.#", CultureInfo.InvariantCulture);

    [Fact]
    public void Search_returns_cited_passages_that_carry_the_words()
    {
        var basis = Array.FindIndex(Budget.Lines.ToArray(), l => l.Contains("(근거)", StringComparison.Ordinal)) + 1;

        var answer = Tools.SearchPassages("법적 근거", 3);

        Assert.InRange(answer.Citations.Count, 1, 3);
        Assert.Contains(answer.Citations, c => c.Lines.From == basis);
        AssertQuotesAreOnTheirLines(answer);
    }

    [Fact]
    public void Read_table_cell_finds_the_cell_by_its_row_and_column_words_and_cites_every_copy_of_its_row()
    {
        var expected = Budget.Value("지방비", "'20");
        var row = Budget.LineOf("지방비");

        var answer = Tools.ReadTableCell("지방비", "'20");

        var figure = Assert.Single(answer.Figures);
        Assert.Equal(expected, figure.Value);
        Assert.Equal("억원", figure.Unit);
        Assert.Null(figure.Formula);
        Assert.Contains($"{Written(expected)}억원", answer.Text, StringComparison.Ordinal);
        Assert.Equal(Budget.CopiesOf(row), answer.Citations.Select(c => c.Lines.From).Order());
        AssertQuotesAreOnTheirLines(answer);
    }

    [Fact]
    public void A_stage_named_alone_reads_the_stages_subtotal_not_one_of_its_years()
    {
        var answer = Tools.ReadTableCell("R&D", "2단계");

        Assert.Equal(Budget.Value("R&D", "2단계", "소계"), Assert.Single(answer.Figures).Value);
    }

    [Fact]
    public void A_cell_of_words_is_quoted_without_a_figure()
    {
        var written = Budget.Text("R&D", "3단계");

        var answer = Tools.ReadTableCell("R&D", "3단계");

        Assert.Empty(answer.Figures);
        Assert.True(answer.Answerable);
        Assert.Contains(written, answer.Text, StringComparison.Ordinal);
        AssertQuotesAreOnTheirLines(answer);
    }

    [Fact]
    public void A_cell_no_table_has_is_said_plainly_with_the_tables_to_name_instead()
    {
        var answer = Tools.ReadTableCell("김치찌개", "2단계");

        Assert.False(answer.Answerable);
        Assert.Empty(answer.Figures);
        Assert.Contains("사업단계별 지원 규모", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_growth_over_cells_shows_the_formula_and_cites_both_inputs()
    {
        var before = Budget.Value("R&D", "1단계", "소계");
        var after = Budget.Value("R&D", "2단계", "소계");

        var answer = Tools.Compute("growth", [new CellReference("R&D", "1단계"), new CellReference("R&D", "2단계")]);

        var growth = Assert.Single(answer.Figures, f => f.Unit == "%");
        Assert.Equal(Math.Round((after - before) / before * 100, 1, MidpointRounding.AwayFromZero), growth.Value);
        Assert.Equal($"({after} - {before}) / {before} × 100", growth.Formula);
        Assert.Equal([after, before], growth.Inputs.Select(i => i.Value));
        Assert.All(growth.Inputs, i => Assert.Equal(Budget.LineOf("R&D"), answer.Citations[i.Citation - 1].Lines.From));
        Assert.Contains("증가", answer.Text, StringComparison.Ordinal);
        AssertQuotesAreOnTheirLines(answer);
    }

    [Fact]
    public void A_decrease_is_computed_as_a_decrease()
    {
        var before = Budget.Value("R&D", "'21");
        var after = Budget.Value("R&D", "'22");
        Assert.True(after < before, "The test needs a year-on-year fall in the corpus's R&D row.");

        var answer = Tools.Compute("growth", [new CellReference("R&D", "'21"), new CellReference("R&D", "'22")]);

        var rate = Assert.Single(answer.Figures);
        Assert.Equal(Math.Round((before - after) / before * 100, 1, MidpointRounding.AwayFromZero), rate.Value);
        Assert.Contains("감소", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("증가", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_average_with_a_divisor_divides_the_cell()
    {
        var national = Budget.Value("국비", "1단계", "소계");

        var answer = Tools.Compute("average", [new CellReference("국비", "1단계")], 14);

        var average = Assert.Single(answer.Figures, f => f.Formula is not null);
        Assert.Equal(Math.Round(national / 14, 1, MidpointRounding.AwayFromZero), average.Value);
        Assert.Equal($"{national} / 14", average.Formula);
        AssertQuotesAreOnTheirLines(answer);
    }

    [Fact]
    public void Compute_share_and_sum_use_the_cells_named()
    {
        var national = Budget.Value("국비", "합계");
        var total = Budget.Value("합계", "합계");
        var local = Budget.Value("지방비", "합계");

        var share = Tools.Compute("share", [new CellReference("국비", "합계"), new CellReference("합계", "합계")]);
        var sum = Tools.Compute("sum", [new CellReference("국비", "합계"), new CellReference("지방비", "합계")]);

        Assert.Equal(Math.Round(national / total * 100, 1, MidpointRounding.AwayFromZero), Assert.Single(share.Figures).Value);
        Assert.Equal(national + local, Assert.Single(sum.Figures).Value);
        AssertQuotesAreOnTheirLines(share);
        AssertQuotesAreOnTheirLines(sum);
    }

    [Fact]
    public void Compute_refuses_an_operation_it_does_not_know()
    {
        var answer = Tools.Compute("median", [new CellReference("R&D", "1단계"), new CellReference("R&D", "2단계")]);

        Assert.False(answer.Answerable);
        Assert.Empty(answer.Figures);
    }

    [Fact]
    public void List_rows_finds_the_rows_that_carry_the_words_and_cites_them()
    {
        var sectors = CorpusTable.Under(CorpusTable.CorpusFile, "육성 분야 (1단계와 2단계 비교)", headerRows: 1);
        var busan = sectors.DataLines.Single(line => sectors.Cells(line).Any(c => c.Trim() == "부산"));

        var answer = Tools.ListRows(filter: "부산");

        var cited = Assert.Single(answer.Citations);
        Assert.Equal(busan, cited.Lines.From);
        Assert.All(sectors.Cells(busan).Where(c => c.Trim().Length > 0), cell => Assert.Contains(cell.Trim(), answer.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void List_rows_of_a_named_table_gives_every_row_with_the_word()
    {
        var sectors = CorpusTable.Under(CorpusTable.CorpusFile, "육성 분야 (1단계와 2단계 비교)", headerRows: 1);
        var energy = sectors.DataLines.Where(line => sectors.Lines[line - 1].Contains("에너지", StringComparison.Ordinal)).ToList();

        var answer = Tools.ListRows("육성 분야", "에너지");

        Assert.Equal(energy, answer.Citations.Select(c => c.Lines.From));
        Assert.All(answer.Citations, c => Assert.True(sectors.Holds(c.Lines.From, c.Lines.To, c.Quote), c.Quote));
    }

    [Fact]
    public void List_rows_with_no_words_lists_the_tables()
    {
        var answer = Tools.ListRows();

        Assert.Contains("사업단계별 지원 규모", answer.Text, StringComparison.Ordinal);
        Assert.Contains("육성 분야", answer.Text, StringComparison.Ordinal);
        AssertQuotesAreOnTheirLines(answer);
    }

    [Fact]
    public void Check_eligibility_of_a_situation() => Assert.Equal(Eligibility.No, Tools.CheckEligibility("거점 총면적이 17km²입니다").Eligible);

    [Fact]
    public void Verify_a_claim() => Assert.Equal(Verdicts.Refuted, Tools.VerifyClaim("2단계 지방비는 600억원이다").Verdict);
}
