using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace BotHost.Fuzzing;

/// <summary>Sends generated requests and keeps what counts: statuses per endpoint, server errors, stack traces in bodies.</summary>
public sealed class FuzzRun
{
    private readonly ConcurrentDictionary<(string Endpoint, int Status), int> _statuses = new();
    private readonly ConcurrentQueue<string> _failures = new();

    public int Sent => _statuses.Values.Sum();

    /// <summary>Status 500 and up, except a 501 for an invoke the bot does not implement.</summary>
    public int ServerErrors { get; private set; }

    public int StackTraces { get; private set; }

    public int TransportFailures { get; private set; }

    /// <summary>The first failures, each with the request's shape, for the report.</summary>
    public IReadOnlyList<string> Failures => [.. _failures.Take(20)];

    public IReadOnlyDictionary<(string Endpoint, int Status), int> Statuses => _statuses;

    public static async Task<FuzzRun> SendAsync(HttpClient client, IEnumerable<FuzzRequest> requests, int concurrency)
    {
        var run = new FuzzRun();
        using var gate = new SemaphoreSlim(concurrency);
        var sending = new List<Task>();
        foreach (var request in requests)
        {
            await gate.WaitAsync();
            sending.Add(Task.Run(async () =>
            {
                try
                {
                    await run.SendOneAsync(client, request);
                }
                finally
                {
                    gate.Release();
                }
            }));
        }
        await Task.WhenAll(sending);
        return run;
    }

    public string Summary()
    {
        var text = new StringBuilder();
        foreach (var endpoint in _statuses.Keys.Select(key => key.Endpoint).Distinct().Order(StringComparer.Ordinal))
        {
            var statuses = _statuses.Where(entry => entry.Key.Endpoint == endpoint).OrderBy(entry => entry.Key.Status)
                .Select(entry => $"{entry.Key.Status}: {entry.Value}");
            text.AppendLine(CultureInfo.InvariantCulture, $"{endpoint}: {string.Join(", ", statuses)}");
        }
        text.AppendLine(CultureInfo.InvariantCulture, $"sent {Sent}, server errors (5xx but 501 on /api/messages) {ServerErrors}, stack traces in bodies {StackTraces}, transport failures {TransportFailures}");
        foreach (var failure in Failures)
        {
            text.AppendLine("  " + failure);
        }
        return text.ToString();
    }

    private async Task SendOneAsync(HttpClient client, FuzzRequest request)
    {
        try
        {
            using var response = await SendWithOneRetryAsync(client, request);
            var body = await response.Content.ReadAsStringAsync();
            var status = (int)response.StatusCode;
            _statuses.AddOrUpdate((request.Endpoint, status), 1, (_, count) => count + 1);
            if (status >= 500 && !(status == 501 && request.AllowsNotImplemented))
            {
                lock (_failures)
                {
                    ServerErrors++;
                }
                _failures.Enqueue($"{status} {request.Endpoint} ({request.Shape}): {Shorten(body)}");
            }
            if (HasStackTrace(body))
            {
                lock (_failures)
                {
                    StackTraces++;
                }
                _failures.Enqueue($"stack trace in {status} {request.Endpoint} ({request.Shape}): {Shorten(body)}");
            }
        }
        catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException)
        {
            lock (_failures)
            {
                TransportFailures++;
            }
            _statuses.AddOrUpdate((request.Endpoint, 0), 1, (_, count) => count + 1);
            _failures.Enqueue($"no response {request.Endpoint} ({request.Shape}): {failure.GetType().Name} {failure.Message} {failure.InnerException?.Message}");
        }
    }

    // A server may close a connection after refusing a request it did not read to the end (a 413, a body it gave up
    // on), while the client is still writing that body or has picked the connection from its pool. One retry on a new
    // connection that waits for the server's 100-continue before the body (as browsers and proxies do with large
    // bodies) tells that apart from a request the server cannot answer: a refusal then arrives before any body is sent.
    private static async Task<HttpResponseMessage> SendWithOneRetryAsync(HttpClient client, FuzzRequest request)
    {
        try
        {
            using var first = request.ToHttpRequest();
            return await client.SendAsync(first);
        }
        catch (HttpRequestException)
        {
            using var second = request.ToHttpRequest();
            second.Headers.ConnectionClose = true;
            second.Headers.ExpectContinue = true;
            return await client.SendAsync(second);
        }
    }

    // What .NET writes into a stack trace, whatever the exception.
    private static bool HasStackTrace(string body) =>
        body.Contains("   at ", StringComparison.Ordinal) || body.Contains(".cs:line", StringComparison.Ordinal) || body.Contains("Exception:", StringComparison.Ordinal);

    private static string Shorten(string body) => body.Length > 200 ? body[..200] : body;
}
