using System.Diagnostics;
using System.Globalization;
using System.Text;
using Newtonsoft.Json.Linq;
using Teams;
using Teams.Diagnostics;

namespace BotHost.Commands;

/// <summary>
/// <c>bench-teams [--turns N] [--warmup N]</c>: times one Teams turn through the Bot Framework adapter — a message
/// activity posted to /api/messages on loopback until its typing indicator and answer card are posted to a loopback
/// connector — with the real engine, and prints the median (target: ≤ 20 ms).
/// </summary>
public static class TeamsBenchmarkCommand
{
    private const string Question = "2단계 R&D 예산 총액이 얼마인가요?";

    public static async Task<int> RunAsync(string[] args)
    {
        var options = new ConfigurationBuilder().AddCommandLine(args).Build();
        var turns = options.GetValue("turns", 500);
        var warmup = options.GetValue("warmup", 50);

        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = await StartBotAsync();
        using var client = new HttpClient { BaseAddress = new Uri(bot.Urls.First()) };

        for (var turn = 0; turn < warmup; turn++)
        {
            await PostTurnAsync(client, connector.ServiceUrl, turn);
        }
        connector.Clear();
        var milliseconds = new double[turns];
        var processorTime = Process.GetCurrentProcess().TotalProcessorTime;
        for (var turn = 0; turn < turns; turn++)
        {
            var started = Stopwatch.GetTimestamp();
            await PostTurnAsync(client, connector.ServiceUrl, warmup + turn);
            milliseconds[turn] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        // CPU time of the whole process (client, bot and connector) per turn: what a turn costs when other programs share the cores.
        var cpuPerTurn = (Process.GetCurrentProcess().TotalProcessorTime - processorTime).TotalMilliseconds / turns;
        var sent = connector.Sent;
        if (sent.Count != 2 * turns || sent.Count(activity => activity["attachments"] is JArray { Count: > 0 }) != turns)
        {
            await Console.Error.WriteLineAsync($"bench-teams: expected {turns} typing indicators and {turns} answer cards, the connector got {sent.Count} activities.");
            return 1;
        }
        Array.Sort(milliseconds);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"bench-teams: {turns} turns after {warmup} warm-up; median {Percentile(milliseconds, 0.5):F2} ms, p95 {Percentile(milliseconds, 0.95):F2} ms, min {milliseconds[0]:F2} ms, max {milliseconds[^1]:F2} ms; CPU {cpuPerTurn:F2} ms per turn"));
        return 0;
    }

    private static async Task<WebApplication> StartBotAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        // Console logging would time the console, not the adapter.
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddAnswerEngine();
        builder.AddTeamsBot();
        var app = builder.Build();
        app.MapTeamsBot();
        await app.StartAsync();
        return app;
    }

    private static async Task PostTurnAsync(HttpClient client, Uri serviceUrl, int turn)
    {
        var activity = new JObject
        {
            ["type"] = "message",
            ["id"] = $"bench-{turn}",
            ["channelId"] = "msteams",
            ["serviceUrl"] = serviceUrl.ToString(),
            ["from"] = new JObject { ["id"] = "29:bench-user" },
            ["recipient"] = new JObject { ["id"] = "28:bot" },
            ["conversation"] = new JObject { ["id"] = "bench-conversation", ["conversationType"] = "personal" },
            ["text"] = Question,
        };
        using var content = new StringContent(activity.ToString(Newtonsoft.Json.Formatting.None), Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(TeamsBotExtensions.MessagesPath.TrimStart('/'), content);
        response.EnsureSuccessStatusCode();
    }

    private static double Percentile(double[] sorted, double fraction) => sorted[(int)Math.Ceiling(fraction * sorted.Length) - 1];
}
