using System.Text.RegularExpressions;
using Answering.Contract;
using Microsoft.SemanticKernel;

namespace KernelPlugins.Tests.Engine;

/// <summary>Each plugin through the Kernel over the real engine; expected values are read from the corpus.</summary>
public sealed partial class PluginsThroughTheEngineTests(EngineFixture fixture) : IClassFixture<EngineFixture>
{
    private async Task<Answer> Invoke(string plugin, string function, KernelArguments arguments) =>
        (await fixture.Kernel.InvokeAsync(plugin, function, arguments)).GetValue<Answer>()!;

    private void AssertQuotesAreInTheirLines(Answer answer)
    {
        Assert.NotEmpty(answer.Citations);
        Assert.All(answer.Citations, c => Assert.True(fixture.Table.Holds(c.Lines.From, c.Lines.To, c.Quote), $"{c.Lines}: {c.Quote}"));
    }

    [Fact]
    public async Task Read_table_cell_reads_the_subtotal_the_corpus_holds()
    {
        var answer = await Invoke("tables", "read_table_cell", new() { ["row"] = "R&D", ["column"] = "2단계 소계" });

        Assert.Contains(answer.Figures, f => f.Value == fixture.Table.Subtotal("R&D", 2) && f.Unit == "억원");
        AssertQuotesAreInTheirLines(answer);
    }

    [Fact]
    public async Task Compute_growth_is_the_growth_of_the_cells_in_the_corpus()
    {
        var before = fixture.Table.Subtotal("R&D", 1);
        var after = fixture.Table.Subtotal("R&D", 2);

        var answer = await Invoke("calculator", "compute", new()
        {
            ["operation"] = "growth",
            ["cells"] = """[{"row":"R&D","column":"1단계 소계"},{"row":"R&D","column":"2단계 소계"}]""",
        });

        var growth = Assert.Single(answer.Figures, f => f.Unit == "%");
        Assert.Equal((after - before) / before * 100, growth.Value, 0.05);
        Assert.NotNull(growth.Formula);
        AssertQuotesAreInTheirLines(answer);
    }

    [Fact]
    public async Task Search_passages_quotes_the_lines_it_cites()
    {
        var answer = await Invoke("passages", "search_passages", new() { ["query"] = "일자리 창출", ["maxResults"] = 3 });

        Assert.InRange(answer.Citations.Count, 1, 3);
        AssertQuotesAreInTheirLines(answer);
    }

    [Fact]
    public async Task Verify_claim_refutes_an_amount_the_corpus_contradicts()
    {
        var phaseOneNational = fixture.Table.Subtotal("국비", 1);

        var answer = await Invoke("factcheck", "verify_claim", new() { ["claim"] = $"1단계 국비 소계는 {phaseOneNational + 1000:#,0}억원이다" });

        Assert.Equal(Verdicts.Refuted, answer.Verdict);
        AssertQuotesAreInTheirLines(answer);
    }

    [Fact]
    public async Task Check_eligibility_refuses_an_area_over_the_corpus_limit()
    {
        var limit = fixture.Table.Lines.Select(line => AreaLimit().Match(line)).First(match => match.Success).Groups["km2"].Value;

        var answer = await Invoke("eligibility", "check_eligibility", new() { ["situation"] = $"거점들 면적을 다 합치면 {int.Parse(limit) + 2}km² 정도 되는데 괜찮을까요?" });

        Assert.Equal(Eligibility.No, answer.Eligible);
        AssertQuotesAreInTheirLines(answer);
    }

    [Fact]
    public async Task List_rows_cites_every_row_of_the_named_table_that_holds_the_word()
    {
        // The rows of the sector table whose cells name 경북, read off the corpus: the block of tab-separated lines under
        // the title line (the last line naming 육성 분야 on its own; the table of contents names it first).
        var lines = fixture.Table.Lines;
        var title = lines.ToList().FindLastIndex(line => line.Contains("육성 분야", StringComparison.Ordinal) && !line.Contains('\t'));
        var first = Enumerable.Range(title + 1, lines.Count - title - 1).First(i => lines[i].Contains('\t'));
        var rows = Enumerable.Range(first, lines.Count - first).TakeWhile(i => lines[i].Contains('\t'))
            .Where(i => lines[i].Split('\t').Any(cell => cell.Trim() == "경북")).Select(i => i + 1).ToList();

        var answer = await Invoke("rows", "list_rows", new() { ["table"] = "육성 분야", ["filter"] = "경북" });

        AssertQuotesAreInTheirLines(answer);
        Assert.NotEmpty(rows);
        Assert.Equal(rows, answer.Citations.Select(c => c.Lines.From));
    }

    [GeneratedRegex(@"총면적 (?<km2>[0-9]+)km")]
    private static partial Regex AreaLimit();
}
