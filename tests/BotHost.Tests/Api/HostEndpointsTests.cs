using System.Net;

namespace BotHost.Tests.Api;

public sealed class HostEndpointsTests(BotHostFactory factory) : IClassFixture<BotHostFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Health_reports_healthy_with_the_documents_loaded_and_skipped()
    {
        using var health = System.Text.Json.JsonDocument.Parse(await _client.GetStringAsync("/health"));
        Assert.Equal("Healthy", health.RootElement.GetProperty("status").GetString());
        var corpus = health.RootElement.GetProperty("checks").GetProperty("corpus").GetProperty("data");
        Assert.True(corpus.GetProperty("documents").GetArrayLength() > 0);
        Assert.Equal(0, corpus.GetProperty("skipped").GetArrayLength());
    }

    [Fact]
    public async Task OpenApi_describes_the_ask_and_sources_endpoints()
    {
        var document = await _client.GetStringAsync("/openapi/v1.json");

        Assert.Contains("/api/ask", document, StringComparison.Ordinal);
        Assert.Contains("/api/sources/{doc}", document, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_oversized_body_is_refused_without_a_server_error()
    {
        var huge = new StringContent("{\"question\": \"" + new string('a', 200_000) + "\"}", System.Text.Encoding.UTF8, "application/json");

        using var response = await _client.PostAsync("/api/ask", huge);

        Assert.True((int)response.StatusCode is 400 or 413, $"{(int)response.StatusCode}");
    }
}
