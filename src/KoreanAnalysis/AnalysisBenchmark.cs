using System.Diagnostics;
using Lucene.Net.Analysis;

namespace KoreanAnalysis;

/// <summary>
/// Throughput of an analyzer over a set of lines, measured like Nori's reference tool (nori-tokens --bench):
/// warm-up of at least 3 runs and 3 seconds, then 5 timed runs; the median is reported.
/// </summary>
public static class AnalysisBenchmark
{
    /// <summary>Result of a benchmark: UTF-16 chars and tokens per run, and the median rates.</summary>
    public sealed record Result(long CharsPerRun, long TokensPerRun, int WarmupRuns, IReadOnlyList<double> RunSeconds,
        double MedianCharsPerSecond, double MedianTokensPerSecond, double MedianSeconds);

    /// <summary>Runs the benchmark.</summary>
    public static Result Run(Analyzer analyzer, IReadOnlyList<string> lines, int iterations)
    {
        var warmup = Stopwatch.StartNew();
        var warmupRuns = 0;
        while (warmupRuns < 3 || warmup.Elapsed < TimeSpan.FromSeconds(3))
        {
            RunOnce(analyzer, lines, iterations);
            warmupRuns++;
        }

        var seconds = new double[5];
        var charsPerSecond = new double[5];
        var tokensPerSecond = new double[5];
        (long Chars, long Tokens) counts = default;
        for (var run = 0; run < seconds.Length; run++)
        {
            var timer = Stopwatch.StartNew();
            counts = RunOnce(analyzer, lines, iterations);
            seconds[run] = timer.Elapsed.TotalSeconds;
            charsPerSecond[run] = counts.Chars / seconds[run];
            tokensPerSecond[run] = counts.Tokens / seconds[run];
        }

        var runs = seconds.ToArray();
        Array.Sort(seconds);
        Array.Sort(charsPerSecond);
        Array.Sort(tokensPerSecond);
        return new Result(counts.Chars, counts.Tokens, warmupRuns, runs, charsPerSecond[2], tokensPerSecond[2], seconds[2]);
    }

    private static (long Chars, long Tokens) RunOnce(Analyzer analyzer, IReadOnlyList<string> lines, int iterations)
    {
        long chars = 0;
        long tokens = 0;
        for (var i = 0; i < iterations; i++)
        {
            foreach (var line in lines)
            {
                chars += line.Length;
                using var stream = analyzer.GetTokenStream("f", line);
                stream.Reset();
                while (stream.IncrementToken())
                {
                    tokens++;
                }

                stream.End();
            }
        }

        return (chars, tokens);
    }
}
