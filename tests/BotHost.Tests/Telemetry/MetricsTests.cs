using System.Net.Http.Json;

namespace BotHost.Tests.Telemetry;

/// <summary>
/// OpenTelemetry listens to meters by name across the process: this class runs alone, so the counts are this host's.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneCollection
{
    public const string Name = "Alone in the process";
}

/// <summary>Prometheus reads the answers' counters and latency histogram at /metrics.</summary>
[Collection(AloneCollection.Name)]
public sealed class MetricsTests(BotHostFactory factory) : IClassFixture<BotHostFactory>
{
    [Fact]
    public async Task After_a_few_questions_metrics_show_answers_by_kind_and_the_latency_histogram()
    {
        var client = factory.CreateClient();
        await client.PostAsJsonAsync("/api/ask", new { question = "1단계 국비 총액 알려줘" });
        await client.PostAsJsonAsync("/api/ask", new { question = "2단계 R&D 예산 총액이 얼마인가요?" });
        await client.PostAsJsonAsync("/api/ask", new { question = "김치찌개 맛있게 끓이는 법 알려줘" });

        var metrics = await client.GetStringAsync("/metrics");

        var answers = metrics.Split('\n').Where(line => line.StartsWith("bothost_answers_total{", StringComparison.Ordinal)).ToList();
        Assert.Contains(answers, line => line.Contains("kind=\"figure\"") && line.Contains("produced_by=\"engine\"") && line.Contains("answerable=\"true\""));
        Assert.Contains(answers, line => line.Contains("answerable=\"false\""));
        Assert.Equal(3, answers.Sum(line => double.Parse(line[(line.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains("bothost_answer_duration_seconds_bucket{", metrics);
        Assert.Contains("bothost_answer_duration_seconds_count{", metrics);
        Assert.Contains("http_server_request_duration_seconds", metrics);
    }
}
