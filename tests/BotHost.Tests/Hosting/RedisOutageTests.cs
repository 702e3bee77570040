using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using Answering.Contract;
using Answering.Conversations;
using TestSupport;
using Xunit.Abstractions;

namespace BotHost.Tests.Hosting;

/// <summary>Redis killed under two instances while 50 clients ask, then brought back: no 500, every request answered, follow-ups return.</summary>
public sealed class RedisOutageTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Clients = 50;
    private const string Question = "1단계 국비 총액 알려줘";
    private const string FollowUp = "그거 14개 시도로 나누면 평균 얼마야?";

    private RedisServer _redis = null!;
    private HostInstance _a = null!;
    private HostInstance _b = null!;

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["State:Redis:Configuration"] = _redis.Configuration,
            ["Widget:RateLimit:PermitLimit"] = "1000000",
            ["WebChat:DataFolder"] = Directory.CreateTempSubdirectory("bothost-outage-").FullName,
        };
        _a = HostInstance.Start(settings);
        _b = HostInstance.Start(settings);
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task Killing_redis_under_load_costs_no_500_and_follow_ups_return_after_it_restarts()
    {
        using var a = _a.NewClient();
        using var b = _b.NewClient();
        var statuses = new ConcurrentDictionary<string, int>();
        using var stop = new CancellationTokenSource();

        var clients = Enumerable.Range(0, Clients).Select(client => Task.Run(async () =>
        {
            var conversation = $"outage-{client}";
            for (var turn = 0; !stop.IsCancellationRequested; turn++)
            {
                var host = (client + turn) % 2 == 0 ? a : b;
                string status;
                try
                {
                    using var response = await host.PostAsJsonAsync("/api/ask", new { question = turn % 2 == 0 ? Question : FollowUp, conversationId = conversation });
                    status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
                catch (HttpRequestException failure)
                {
                    status = $"no answer: {failure.Message}";
                }
                statuses.AddOrUpdate(status, 1, (_, count) => count + 1);
            }
        })).ToList();

        await Task.Delay(TimeSpan.FromSeconds(1));
        await _redis.KillAsync();
        await Task.Delay(TimeSpan.FromSeconds(3));
        var duringOutage = await AskFollowUpAcrossAsync(a, b);
        await stop.CancelAsync();
        await Task.WhenAll(clients);

        await _redis.StartAgainAsync();
        var restarted = Stopwatch.StartNew();
        Answer? recovered = null;
        while (restarted.Elapsed < TimeSpan.FromSeconds(60))
        {
            recovered = await AskFollowUpAcrossAsync(a, b);
            if (recovered.Text.Contains("85.9억원", StringComparison.Ordinal))
            {
                break;
            }
            await Task.Delay(100);
        }

        output.WriteLine($"statuses: {string.Join(", ", statuses.Select(s => $"{s.Key}: {s.Value}"))}");
        output.WriteLine($"follow-ups across instances worked again {restarted.Elapsed.TotalSeconds:0.0} s after Redis restarted");
        Assert.Equal(["200"], statuses.Keys);
        Assert.True(statuses["200"] > Clients, "The clients hardly asked anything.");
        Assert.Contains(HistoryNotice.Korean, duringOutage.Text);
        Assert.NotNull(recovered);
        Assert.Contains("85.9억원", recovered.Text);
        Assert.DoesNotContain(HistoryNotice.Korean, recovered.Text);
    }

    private static async Task<Answer> AskFollowUpAcrossAsync(HttpClient a, HttpClient b)
    {
        var conversation = Guid.NewGuid().ToString("n");
        await a.PostAsJsonAsync("/api/ask", new { question = Question, conversationId = conversation });
        using var response = await b.PostAsJsonAsync("/api/ask", new { question = FollowUp, conversationId = conversation });
        return (await response.Content.ReadFromJsonAsync<Answer>(AnswerJson.Options))!;
    }
}
