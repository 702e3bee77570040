using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Evaluation;

namespace BotHost.Commands;

/// <summary>
/// <c>load URL[,URL…] QUESTIONS.jsonl [--requests N] [--concurrency C]</c>: sends N questions from C concurrent clients
/// to running hosts' <c>/api/ask</c> (round robin over the URLs, as a load balancer would; each client keeps one
/// conversation, so with shared state its follow-ups cross instances) and counts the answers by status, then sends
/// each kind of bad input once. Only loopback hosts are accepted: a load test never leaves this machine.
/// </summary>
public static class LoadCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var requests = int.TryParse(CommandServices.TakeOption(ref args, "--requests"), out var r) ? r : 1000;
        var concurrency = int.TryParse(CommandServices.TakeOption(ref args, "--concurrency"), out var c) ? c : 50;
        var hosts = args.Length == 2 ? args[0].Split(',', StringSplitOptions.RemoveEmptyEntries) : [];
        var baseUris = hosts.Select(host => Uri.TryCreate(host, UriKind.Absolute, out var uri) ? uri : null).ToList();
        if (args.Length != 2 || baseUris.Count == 0 || baseUris.Any(uri => uri is null) || !File.Exists(args[1]))
        {
            Console.Error.WriteLine("사용법: load http://127.0.0.1:PORT[,http://127.0.0.1:PORT2] QUESTIONS.jsonl [--requests N] [--concurrency C]");
            return 2;
        }
        if (baseUris.Any(uri => !uri!.IsLoopback))
        {
            Console.Error.WriteLine("load는 이 컴퓨터(loopback) 주소에만 보낼 수 있어요.");
            return 2;
        }

        var items = GoldSet.Read(args[1]);
        var clients = baseUris.Select(uri => new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = uri, Timeout = TimeSpan.FromSeconds(30) }).ToList();
        var client = clients[0];
        var time = TimeProvider.System;
        var statuses = new ConcurrentDictionary<string, int>();
        var latencies = new ConcurrentBag<double>();
        var next = -1;
        var started = time.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
        {
            var conversationId = $"load-{worker}-{Guid.NewGuid():n}";
            for (var i = Interlocked.Increment(ref next); i < requests; i = Interlocked.Increment(ref next))
            {
                var item = items[i % items.Count];
                var sent = time.GetTimestamp();
                var outcome = await SendAsync(clients[i % clients.Count], JsonContent.Create(new { question = item.Question, context = item.Context, conversationId }));
                latencies.Add(time.GetElapsedTime(sent).TotalMilliseconds);
                statuses.AddOrUpdate(outcome.Status, 1, (_, count) => count + 1);
            }
        }));
        var elapsed = time.GetElapsedTime(started);
        var sorted = latencies.Order().ToList();
        Console.Out.WriteLine($"{requests} requests to {clients.Count} host(s), {concurrency} concurrent clients, {elapsed.TotalSeconds:0.00} s ({requests / elapsed.TotalSeconds:0} requests/s)");
        Console.Out.WriteLine($"latency ms: median {BenchCommand.Percentile(sorted, 50):0.0}, p99 {BenchCommand.Percentile(sorted, 99):0.0}");
        Console.Out.WriteLine("by status: " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}")));
        var errors = statuses.Where(s => s.Key != "200").Sum(s => s.Value);
        Console.Out.WriteLine($"errors: {errors}");

        Console.Out.WriteLine("bad inputs:");
        foreach (var (name, content) in BadInputs())
        {
            var outcome = await SendAsync(client, content);
            Console.Out.WriteLine($"  {name}: {outcome.Status} {outcome.Detail}");
        }
        foreach (var each in clients)
        {
            each.Dispose();
        }
        return errors == 0 ? 0 : 1;
    }

    private static IEnumerable<(string Name, HttpContent Content)> BadInputs()
    {
        yield return ("empty", JsonContent.Create(new { question = "" }));
        yield return ("10,000 characters", JsonContent.Create(new { question = new string('가', 10_000) }));
        yield return ("binary bytes", new ByteArrayContent([0x00, 0xFF, 0xFE, 0x01, 0x80]) { Headers = { { "Content-Type", "application/json" } } });
        yield return ("binary in JSON", JsonContent.Create(new { question = "\u0000\u0001\u0002\uFFFD" }));
        yield return ("R&D (*?", JsonContent.Create(new { question = "R&D (*?" }));
        yield return ("<script>", JsonContent.Create(new { question = "<script>alert(1)</script>" }));
        yield return ("invalid JSON", new StringContent("{\"question\": ", Encoding.UTF8, "application/json"));
    }

    private static async Task<(string Status, string Detail)> SendAsync(HttpClient client, HttpContent content)
    {
        try
        {
            using var response = await client.PostAsync("api/ask", content);
            var body = await response.Content.ReadAsStringAsync();
            var detail = response.StatusCode == HttpStatusCode.OK ? "" : ReadDetail(body);
            return (((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture), detail);
        }
        catch (HttpRequestException e)
        {
            return ("exception", e.Message);
        }
        catch (TaskCanceledException)
        {
            return ("timeout", "");
        }
    }

    private static string ReadDetail(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.TryGetProperty("detail", out var detail) ? detail.GetString() ?? "" : body;
        }
        catch (JsonException)
        {
            return body.Length > 120 ? body[..120] : body;
        }
    }
}
