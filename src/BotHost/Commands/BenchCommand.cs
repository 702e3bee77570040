using System.Diagnostics;
using Evaluation;

namespace BotHost.Commands;

/// <summary>
/// <c>bench FILE [--iterations N] [--corpus DIR]</c>: answers every question of a gold set N times in process
/// and prints the latency distribution, the time from process start to the first answer, and memory.
/// </summary>
public static class BenchCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var time = TimeProvider.System;
        var iterations = int.TryParse(CommandServices.TakeOption(ref args, "--iterations"), out var n) ? n : 20;
        var services = CommandServices.Build(ref args);
        if (args.Length != 1 || !File.Exists(args[0]))
        {
            Console.Error.WriteLine("사용법: bench FILE.jsonl [--iterations N] [--corpus DIR]");
            return 2;
        }
        var items = GoldSet.Read(args[0]);

        await services.AskAsync(items[0].Question, items[0].Context);
        var firstAnswer = time.GetLocalNow().DateTime - Process.GetCurrentProcess().StartTime;

        foreach (var item in items)
        {
            await services.AskAsync(item.Question, item.Context);
        }
        var samples = new List<double>(items.Count * iterations);
        for (var i = 0; i < iterations; i++)
        {
            foreach (var item in items)
            {
                var started = time.GetTimestamp();
                await services.AskAsync(item.Question, item.Context);
                samples.Add(time.GetElapsedTime(started).TotalMilliseconds);
            }
        }
        samples.Sort();

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.Out.WriteLine($"questions: {items.Count} x {iterations} iterations = {samples.Count} answers");
        Console.Out.WriteLine($"latency ms: median {Percentile(samples, 50):0.000}, p90 {Percentile(samples, 90):0.000}, p99 {Percentile(samples, 99):0.000}, max {samples[^1]:0.000}");
        Console.Out.WriteLine($"start to first answer: {firstAnswer.TotalMilliseconds:0} ms");
        Console.Out.WriteLine($"resident memory: {process.WorkingSet64 / (1024 * 1024)} MB (peak {process.PeakWorkingSet64 / (1024 * 1024)} MB); managed heap {GC.GetTotalMemory(false) / (1024 * 1024)} MB");
        return 0;
    }

    internal static double Percentile(IReadOnlyList<double> sorted, double percent)
    {
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }
}
