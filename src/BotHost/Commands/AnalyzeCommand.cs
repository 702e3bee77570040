using System.Diagnostics;
using System.Globalization;
using System.Text;
using KoreanAnalysis;
using KoreanAnalysis.Dictionary;
using Lucene.Net.Analysis;

namespace BotHost.Commands;

/// <summary>
/// <c>analyze</c>: Korean analysis of UTF-8 lines on stdin, one output line per input line, in the formats of
/// Nori's reference tool (nori-tokens); or <c>--bench FILE</c> for its throughput.
/// </summary>
public static class AnalyzeCommand
{
    private const string Usage = """
        usage: analyze [--analyzer | --tokenizer-pos] [--mode NONE|DISCARD|MIXED] [--user-dictionary FILE]
               analyze --bench FILE [--iterations N] [--user-dictionary FILE]
        Reads UTF-8 lines on stdin and prints one line per input line:
          --analyzer       (default) KoreanAnalyzer defaults: the terms, separated by single spaces
          --tokenizer-pos  the tokenizer alone, decompound MIXED (or --mode): term/leftPOS/posType per token
          --bench FILE     analyzes all lines of FILE N times per run (default 1): warm-up, 5 timed runs, median
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        if (!TryParse(args, out var options, out var error))
        {
            await Console.Error.WriteLineAsync(error + Usage);
            return 2;
        }

        if (options.Help)
        {
            Console.Out.Write(Usage);
            return 0;
        }

        var memoryBefore = GC.GetTotalMemory(forceFullCollection: true);
        var loadTimer = Stopwatch.StartNew();
        var dictionary = SystemDictionary.Instance;
        var loadTime = loadTimer.Elapsed;
        var dictionaryMemory = new DictionaryMemory(GC.GetTotalMemory(forceFullCollection: true) - memoryBefore, dictionary.MappedBytes);

        UserDictionary? userDictionary;
        try
        {
            userDictionary = options.UserDictionaryPath is null ? null : UserDictionary.FromFile(options.UserDictionaryPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            await Console.Error.WriteLineAsync($"analyze: cannot read the user dictionary: {e.Message}");
            return 2;
        }

        if (options.BenchFile is { } benchFile)
        {
            return await BenchAsync(benchFile, options.Iterations, userDictionary, loadTime, dictionaryMemory);
        }

        using Analyzer analyzer = options.TokenizerPos
            ? TokenLineFormat.TokenizerOnly(options.Mode, userDictionary)
            : new KoreanAnalyzer(userDictionary, options.Mode);
        using var input = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false));
        await using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        while (await input.ReadLineAsync() is { } line)
        {
            await output.WriteLineAsync(options.TokenizerPos
                ? TokenLineFormat.TermsWithPartOfSpeech(analyzer, line)
                : TokenLineFormat.Terms(analyzer, line));
        }

        return 0;
    }

    private sealed record DictionaryMemory(long HeapBytes, long MappedBytes);

    private static async Task<int> BenchAsync(string file, int iterations, UserDictionary? userDictionary, TimeSpan loadTime, DictionaryMemory memory)
    {
        string[] lines;
        try
        {
            lines = await File.ReadAllLinesAsync(file, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"analyze: cannot read {file}: {e.Message}");
            return 2;
        }

        using var analyzer = new KoreanAnalyzer(userDictionary);
        var result = AnalysisBenchmark.Run(analyzer, lines, iterations);
        var invariant = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(invariant,
            $"file={file} lines={lines.Length} chars(UTF-16)/run={result.CharsPerRun} tokens/run={result.TokensPerRun} iterations/run={iterations} warmupRuns={result.WarmupRuns}"));
        Console.WriteLine("runs(s)=[" + string.Join(", ", result.RunSeconds.Select(s => s.ToString("0.000", invariant))) + "]");
        Console.WriteLine(string.Create(invariant,
            $"median: {result.MedianCharsPerSecond:0} chars/s, {result.MedianTokensPerSecond:0} tokens/s, {result.MedianSeconds:0.000} s/run (single thread, KoreanAnalyzer defaults, .NET {Environment.Version})"));
        const double megabyte = 1024.0 * 1024.0;
        Console.WriteLine(string.Create(invariant,
            $"dictionary: loaded in {loadTime.TotalMilliseconds:0} ms; {memory.HeapBytes / megabyte:0.0} MB managed heap + {memory.MappedBytes / megabyte:0.0} MB mapped from the assembly = {(memory.HeapBytes + memory.MappedBytes) / megabyte:0.0} MB at most"));
        return 0;
    }

    private sealed record Options(bool Help, bool TokenizerPos, DecompoundMode Mode, string? UserDictionaryPath, string? BenchFile, int Iterations);

    private static bool TryParse(string[] args, out Options options, out string error)
    {
        options = new Options(false, false, DecompoundMode.Discard, null, null, 1);
        var modeGiven = false;
        error = "";
        for (var i = 0; i < args.Length; i++)
        {
            var hasValue = i + 1 < args.Length;
            switch (args[i])
            {
                case "-h" or "--help":
                    options = options with { Help = true };
                    break;
                case "--analyzer":
                    options = options with { TokenizerPos = false };
                    break;
                case "--tokenizer-pos":
                    options = options with { TokenizerPos = true };
                    break;
                case "--mode" when hasValue && Enum.TryParse<DecompoundMode>(args[i + 1], ignoreCase: true, out var mode):
                    options = options with { Mode = mode };
                    modeGiven = true;
                    i++;
                    break;
                case "--user-dictionary" when hasValue:
                    options = options with { UserDictionaryPath = args[++i] };
                    break;
                case "--bench" when hasValue:
                    options = options with { BenchFile = args[++i] };
                    break;
                case "--iterations" when hasValue && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var n) && n > 0:
                    options = options with { Iterations = n };
                    i++;
                    break;
                default:
                    error = $"analyze: unknown or incomplete argument: {args[i]}\n";
                    return false;
            }
        }

        // Like nori-tokens: the tokenizer view is MIXED unless a mode is given.
        if (options.TokenizerPos && !modeGiven)
        {
            options = options with { Mode = DecompoundMode.Mixed };
        }

        return true;
    }
}
