using System.Net;
using System.Net.Http.Json;
using BotHost.Api;
using Microsoft.AspNetCore.Hosting;

namespace BotHost.Tests.Api;

public sealed class SourcesEndpointsTests(BotHostFactory factory) : IClassFixture<BotHostFactory>
{
    private const string Document = "motie-2021-03-03-innovation-cluster.txt";
    private const int BudgetRow = 37; // R&D  150  420 … 1,134 … in the 사업단계별 지원 규모 table
    private const int ProseAfterTable = 43; // ○ R&D 사업비는 …, two lines below that table
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Returns_the_lines_as_they_are_on_disk()
    {
        var onDisk = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "corpus", Document)).Split('\n');

        var lines = await _client.GetFromJsonAsync<SourceLines>($"/api/sources/{Document}?from=35&to=37");

        Assert.NotNull(lines);
        Assert.Equal([35, 36, 37], lines.Lines.Select(l => l.Number));
        Assert.Equal(onDisk[34..37], lines.Lines.Select(l => l.Text));
    }

    [Fact]
    public async Task A_cited_table_row_comes_with_its_table_its_location_and_the_row_marked()
    {
        var onDisk = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "corpus", Document)).Split('\n');

        var source = await _client.GetFromJsonAsync<SourceLines>($"/api/sources/{Document}?from={BudgetRow}&to={BudgetRow}");

        Assert.NotNull(source);
        Assert.Equal("txt", source.Format);
        Assert.Equal($"{BudgetRow}줄", Assert.Single(source.Lines).Location);
        var table = Assert.IsType<SourceTable>(source.Table);
        Assert.Equal("국가혁신클러스터육성사업 사업단계별 지원 규모", table.Title);
        Assert.Equal("억원", table.Unit);
        Assert.True(table.TitleLine < table.FromLine, "The title line is above the table's rows.");
        Assert.StartsWith("【", onDisk[table.TitleLine!.Value - 1]);
        // Header rows first, as written, then every data row to the end of the block.
        Assert.Equal(onDisk[(table.FromLine - 1)..(table.FromLine + 1)], table.HeaderRows.Select(cells => string.Join('\t', cells)));
        Assert.Equal(Enumerable.Range(table.FromLine + 2, table.ToLine - table.FromLine - 1), table.Rows.Select(r => r.Line));
        Assert.True(string.IsNullOrWhiteSpace(onDisk[table.ToLine]), "The table ends where its block of rows ends.");
        Assert.Equal([BudgetRow], table.Rows.Where(r => r.Cited).Select(r => r.Line));
        var cited = table.Rows.Single(r => r.Cited);
        Assert.Equal(onDisk[BudgetRow - 1].Split('\t'), cited.Cells);
        Assert.Equal(1, table.RowHeaderColumns);
        Assert.Equal(cited.Cells.Count, table.Columns.Count);
        Assert.Equal("1,134", cited.Cells[table.Columns.ToList().IndexOf("2단계(B) 소계")]);
    }

    [Fact]
    public async Task Context_lines_come_around_the_cited_ones_and_only_the_cited_ones_choose_the_table()
    {
        var prose = await _client.GetFromJsonAsync<SourceLines>($"/api/sources/{Document}?from={ProseAfterTable}&to={ProseAfterTable}&context=3");
        var row = await _client.GetFromJsonAsync<SourceLines>($"/api/sources/{Document}?from={BudgetRow}&to={BudgetRow}&context=3");

        Assert.NotNull(prose);
        Assert.Equal((ProseAfterTable, ProseAfterTable), (prose.From, prose.To));
        Assert.Equal(Enumerable.Range(ProseAfterTable - 3, 7), prose.Lines.Select(l => l.Number));
        Assert.Null(prose.Table); // lines 40-41 of the context are table rows, but the cited line is not
        Assert.NotNull(row?.Table);
        Assert.Equal([BudgetRow], row.Table.Rows.Where(r => r.Cited).Select(r => r.Line));
    }

    [Fact]
    public async Task A_document_in_another_format_gives_its_own_location_labels()
    {
        var folder = Directory.CreateTempSubdirectory("sources-csv-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "regional-budget.csv"), "지역,2021,2022\n경북,100,120\n전남,80,90\n");
            await using var host = factory.WithWebHostBuilder(b => b.UseSetting("Corpus:Path", folder));
            using var client = host.CreateClient();
            var whole = await client.GetFromJsonAsync<SourceLines>("/api/sources/regional-budget.csv");
            var line = whole!.Lines.Single(l => l.Text.StartsWith("전남", StringComparison.Ordinal)).Number;

            var source = await client.GetFromJsonAsync<SourceLines>($"/api/sources/regional-budget.csv?from={line}&to={line}");

            Assert.Equal("csv", source!.Format);
            Assert.Equal("3행", Assert.Single(source.Lines).Location);
            var table = Assert.IsType<SourceTable>(source.Table);
            var cited = Assert.Single(table.Rows, r => r.Cited);
            Assert.Equal(["전남", "80", "90"], cited.Cells);
            Assert.Equal("3행", cited.Location);
            Assert.Equal(["지역", "2021", "2022"], Assert.Single(table.HeaderRows));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("nope.txt", 1, 2, HttpStatusCode.NotFound)]
    [InlineData(Document, 0, 2, HttpStatusCode.BadRequest)]
    [InlineData(Document, 10, 5, HttpStatusCode.BadRequest)]
    [InlineData(Document, 100_000, 100_001, HttpStatusCode.BadRequest)]
    [InlineData(Document, 1, 2, HttpStatusCode.BadRequest, 11)]
    [InlineData(Document, 1, 2, HttpStatusCode.BadRequest, -1)]
    public async Task Unknown_documents_and_bad_ranges_are_refused_politely(string doc, int from, int to, HttpStatusCode expected, int context = 0)
    {
        using var response = await _client.GetAsync($"/api/sources/{doc}?from={from}&to={to}&context={context}");

        Assert.Equal(expected, response.StatusCode);
        Assert.Contains("요", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
