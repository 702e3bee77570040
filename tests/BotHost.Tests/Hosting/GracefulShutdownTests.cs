using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using TestSupport;
using WebChat.Feedback;

namespace BotHost.Tests.Hosting;

/// <summary>A host stopped with SIGTERM while feedback arrives: it exits cleanly and every rating it accepted is in the log.</summary>
public sealed class GracefulShutdownTests
{
    [Fact]
    public async Task Every_feedback_accepted_before_SIGTERM_is_in_the_log_and_the_host_exits_cleanly()
    {
        var port = LoopbackPorts.Free();
        var data = Directory.CreateTempSubdirectory("bothost-shutdown-").FullName;
        await using var host = BotHostProcess.Start(new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["WebChat__DataFolder"] = data,
            ["Widget__RateLimit__PermitLimit"] = "1000000",
        });
        await host.WaitUntilListeningAsync(port);
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        var accepted = new ConcurrentBag<string>();
        var sent = 0;
        var stopping = false;

        var senders = Enumerable.Range(0, 16).Select(sender => Task.Run(async () =>
        {
            // Each sender goes on until the host stops taking connections.
            for (var i = 0; i < 10_000; i++)
            {
                var id = $"s{sender}-{i}";
                Interlocked.Increment(ref sent);
                try
                {
                    using var response = await client.PostAsJsonAsync("/api/feedback", new { id, question = "1단계 국비 총액 알려줘", rating = "up", comment = id });
                    if (response.StatusCode == HttpStatusCode.NoContent)
                    {
                        accepted.Add(id);
                    }
                }
                catch (HttpRequestException) when (Volatile.Read(ref stopping))
                {
                    return;
                }
            }
        })).ToList();

        // Stop in the middle of the stream of ratings, once it flows.
        for (var waited = 0; accepted.Count < 100 && waited < 300; waited++)
        {
            await Task.Delay(100);
        }
        Volatile.Write(ref stopping, true);
        var exitCode = await host.TerminateAsync(TimeSpan.FromSeconds(30));
        await Task.WhenAll(senders);

        Assert.Equal(0, exitCode);
        Assert.True(accepted.Count > 50, $"Only {accepted.Count} of {sent} ratings were accepted before the stop.");
        var logged = FeedbackLog.Read(Path.Combine(data, "feedback.jsonl"));
        Assert.Equal(0, logged.UnreadableLines);
        Assert.Empty(accepted.Except(logged.Entries.Select(entry => entry.Id!)));
        Assert.Contains("Application is shutting down", host.Output);
        Directory.Delete(data, recursive: true);
    }
}
