using System.Net;
using System.Net.Http.Json;

namespace BotHost.Tests.Api;

public sealed class SourcesEndpointsTests(BotHostFactory factory) : IClassFixture<BotHostFactory>
{
    private const string Document = "motie-2021-03-03-innovation-cluster.txt";
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Returns_the_lines_as_they_are_on_disk()
    {
        var onDisk = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "corpus", Document)).Split('\n');

        var lines = await _client.GetFromJsonAsync<BotHost.Api.SourceLines>($"/api/sources/{Document}?from=35&to=37");

        Assert.NotNull(lines);
        Assert.Equal([35, 36, 37], lines.Lines.Select(l => l.Number));
        Assert.Equal(onDisk[34..37], lines.Lines.Select(l => l.Text));
    }

    [Theory]
    [InlineData("nope.txt", 1, 2, HttpStatusCode.NotFound)]
    [InlineData(Document, 0, 2, HttpStatusCode.BadRequest)]
    [InlineData(Document, 10, 5, HttpStatusCode.BadRequest)]
    [InlineData(Document, 100_000, 100_001, HttpStatusCode.BadRequest)]
    public async Task Unknown_documents_and_bad_ranges_are_refused_politely(string doc, int from, int to, HttpStatusCode expected)
    {
        using var response = await _client.GetAsync($"/api/sources/{doc}?from={from}&to={to}");

        Assert.Equal(expected, response.StatusCode);
        Assert.Contains("요", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
