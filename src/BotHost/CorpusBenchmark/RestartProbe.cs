using System.Diagnostics;
using System.Text.Json;
using BotHost.Commands;
using BotHost.LiveCorpus;

namespace BotHost.CorpusBenchmark;

/// <summary>What a freshly started process measured: start to first answer, answer latencies before and after the documents in use were cached, memory.</summary>
internal sealed record ProbeResult(
    double StartToFirstAnswerMs,
    double OpenMs,
    double[] ColdMs,
    double[] WarmMs,
    int Answers,
    int CitingTarget,
    long KnowledgeBuilt,
    double WarmCpuMsPerAnswer,
    long ResidentMb,
    long PeakResidentMb,
    long ManagedMb);

/// <summary>
/// The benchmark's restart: a new process on the same corpus and data folder, as a restarted host would be. It opens
/// the corpus (the persisted index, unchanged), answers the first question, answers every question once (documents
/// not yet in memory: cold), then the whole set again <c>iterations</c> times (warm), and prints one JSON line.
/// </summary>
internal static class RestartProbe
{
    public static async Task<int> RunAsync(string corpus, string dataRoot, string questionsFile, int iterations, bool indexed)
    {
        var time = TimeProvider.System;
        var args = new[] { "--corpus", corpus };
        var services = CommandServices.Build(ref args, new Dictionary<string, string?>
        {
            [$"{CorpusIndexOptions.Section}:Path"] = dataRoot,
            [$"{CorpusIndexOptions.Section}:Enabled"] = indexed ? "true" : "false",
            ["Corpus:Watch:Enabled"] = "false",
        });
        var questions = BenchQuestions.Read(questionsFile);
        var opening = time.GetTimestamp();
        var snapshot = services.GetRequiredService<ICorpusSnapshot>().Current;
        var openMs = time.GetElapsedTime(opening).TotalMilliseconds;
        await services.AskAsync(questions[0].Question, []);
        var firstAnswer = time.GetLocalNow().DateTime - Process.GetCurrentProcess().StartTime;

        var cold = new List<double>(questions.Count);
        foreach (var question in questions)
        {
            var started = time.GetTimestamp();
            await services.AskAsync(question.Question, []);
            cold.Add(time.GetElapsedTime(started).TotalMilliseconds);
        }
        var warm = new List<double>(questions.Count * iterations);
        var citing = 0;
        // The machine may be shared: processor time per answer says what an answer costs whatever else runs.
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < iterations; i++)
        {
            foreach (var question in questions)
            {
                var started = time.GetTimestamp();
                var answer = await services.AskAsync(question.Question, []);
                warm.Add(time.GetElapsedTime(started).TotalMilliseconds);
                if (i == 0 && answer.Citations.Any(c => c.Doc == question.Target))
                {
                    citing++;
                }
            }
        }
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpuPerAnswer = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / Math.Max(warm.Count, 1);
        const long MB = 1024 * 1024;
        var result = new ProbeResult(firstAnswer.TotalMilliseconds, openMs, [.. cold], [.. warm], questions.Count, citing,
            snapshot.Engine.Knowledge.DocumentsBuilt, cpuPerAnswer, process.WorkingSet64 / MB, process.PeakWorkingSet64 / MB, GC.GetTotalMemory(false) / MB);
        Console.Out.WriteLine(JsonSerializer.Serialize(result));
        return 0;
    }

    /// <summary>Runs the probe in a new process of this program and reads its result.</summary>
    public static async Task<ProbeResult> RunProcessAsync(string corpus, string dataRoot, string questionsFile, int iterations, bool indexed)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(typeof(RestartProbe).Assembly.Location);
        }
        foreach (var argument in new[] { "bench-corpus", "--probe", corpus, dataRoot, questionsFile, iterations.ToString(System.Globalization.CultureInfo.InvariantCulture), indexed ? "indexed" : "whole" })
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("the probe did not start");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var line = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault(l => l.StartsWith('{'));
        return line is not null && process.ExitCode == 0
            ? JsonSerializer.Deserialize<ProbeResult>(line)!
            : throw new InvalidOperationException($"the probe failed ({process.ExitCode}): {await stderr}");
    }
}
