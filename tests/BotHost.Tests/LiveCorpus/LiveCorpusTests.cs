using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BotHost.Tests.LiveCorpus;

/// <summary>
/// The host serving while its corpus folder changes: a document is added, its figure replaced, then it is deleted,
/// with questions flowing all the time. No request may fail, each change must be answered within 5 s, and a deleted
/// document must no longer be cited.
/// </summary>
public sealed class LiveCorpusTests : IDisposable
{
    private const string Document = "mss-2022-02-24-regional-specialized-industry.txt";
    private const string Resident = "mss-2024-06-27-growth-center-evaluation.txt";
    private const string Question = "2022년 지역특화산업 육성사업의 총사업비와 그중 국비 규모는 각각 얼마입니까?";
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(5);

    private readonly string _folder = Directory.CreateTempSubdirectory("live-corpus-").FullName;
    private readonly WebApplicationFactory<Program> _factory;

    public LiveCorpusTests()
    {
        // Another programme's document is there from the start: the corpus is never empty.
        File.Copy(Path.Combine(AppContext.BaseDirectory, "LiveCorpus", Resident), Path.Combine(_folder, Resident));
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
            .UseContentRoot(AppContext.BaseDirectory)
            .UseSetting("Corpus:Path", _folder)
            .UseSetting("Widget:RateLimit:PermitLimit", "1000000"));
    }

    [Fact]
    public async Task Documents_added_replaced_and_deleted_while_serving_are_answered_within_five_seconds_without_a_failed_request()
    {
        using var client = _factory.CreateClient();
        Assert.Contains("documents", await client.GetStringAsync("/health"), StringComparison.Ordinal);
        var failures = new ConcurrentBag<string>();
        var answered = 0;
        using var stop = new CancellationTokenSource();
        var load = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    using var response = await client.PostAsJsonAsync("/api/ask", new { question = Question });
                    var body = await response.Content.ReadAsStringAsync();
                    if (!response.IsSuccessStatusCode || !body.Contains("\"answer\"", StringComparison.Ordinal))
                    {
                        failures.Add($"{(int)response.StatusCode} {body}");
                    }
                    Interlocked.Increment(ref answered);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException)
                {
                    failures.Add(e.Message);
                }
            }
        })).ToList();

        var source = Path.Combine(AppContext.BaseDirectory, "LiveCorpus", Document);
        var target = Path.Combine(_folder, Document);
        File.Copy(source, target);
        var added = await AnswerWithin(client, a => a.CitesDocument && FirstAmount(a.Text) is not null);
        var original = FirstAmount(added.Last.Text) ?? "";
        Assert.Contains(File.ReadAllLines(source), l => l.Contains(original, StringComparison.Ordinal));

        // The figure the answer read is changed in the file: the answer must follow the file, wherever the figure stands.
        var changed = original.EndsWith('1') ? original[..^1] + "2" : original[..^1] + "1";
        var replacement = File.ReadAllLines(source).Select(l => l.Replace(original, changed, StringComparison.Ordinal)).ToArray();
        File.WriteAllLines(target + ".tmp", replacement);
        File.Move(target + ".tmp", target, overwrite: true);
        var replaced = await AnswerWithin(client, a => a.Text.Contains(changed, StringComparison.Ordinal) && a.CitesDocument);

        File.Delete(target);
        var deleted = await AnswerWithin(client, a => !a.CitesDocument);

        await stop.CancelAsync();
        await Task.WhenAll(load);
        Assert.True(added.Seconds <= Deadline.TotalSeconds, $"added: {added.Seconds:0.0} s, last reply: {added.Last}");
        Assert.True(replaced.Seconds <= Deadline.TotalSeconds, $"replaced: {replaced.Seconds:0.0} s");
        Assert.True(deleted.Seconds <= Deadline.TotalSeconds, $"deleted: {deleted.Seconds:0.0} s");
        Assert.True(answered > 0);
        Assert.Empty(failures);
    }

    /// <summary>The first amount an answer states as written (153,400 of "153,400백만원"): a figure read from the file.</summary>
    private static string? FirstAmount(string text) =>
        System.Text.RegularExpressions.Regex.Match(text, @"(\d{1,3}(?:,\d{3})+)(?=\s?(?:억원|백만원|천원|만원|원))") is { Success: true } m ? m.Groups[1].Value : null;

    private sealed record Reply(string Text, bool CitesDocument);

    /// <summary>Asks until the reply satisfies the condition; the time it took, or the deadline passed.</summary>
    private static async Task<(double Seconds, Reply Last)> AnswerWithin(HttpClient client, Func<Reply, bool> condition)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        Reply last = new("", false);
        while (started.Elapsed < Deadline + TimeSpan.FromSeconds(5))
        {
            using var response = await client.PostAsJsonAsync("/api/ask", new { question = Question });
            using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var text = answer.RootElement.GetProperty("answer").GetString() ?? "";
            var cites = answer.RootElement.GetProperty("citations").EnumerateArray().Any(c => c.GetProperty("doc").GetString() == Document);
            last = new Reply(text, cites);
            if (condition(last))
            {
                return (started.Elapsed.TotalSeconds, last);
            }
            await Task.Delay(100);
        }
        return (double.PositiveInfinity, last);
    }

    public void Dispose()
    {
        _factory.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
