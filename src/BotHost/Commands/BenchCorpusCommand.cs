using System.Diagnostics;
using System.Globalization;
using BotHost.CorpusBenchmark;
using Indexing.Building;
using Indexing.Storage;

namespace BotHost.Commands;

/// <summary>
/// <c>bench-corpus N [--out DIR] [--data DIR] [--templates DIR] [--questions N] [--iterations N] [--seed N] [--whole]</c>:
/// generates an archive of N documents from the template documents (the repository's corpus/ and suite documents by
/// default), builds its persisted index from nothing, changes three files and updates it, then starts a new process on
/// the unchanged corpus and measures start to first answer, answer latency over a fixed question set (cold, then warm)
/// and memory. <c>--whole</c> measures the same process reading the whole folder without the index, for comparison.
/// </summary>
public static class BenchCorpusCommand
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 6 && args[0] == "--probe")
        {
            return await RestartProbe.RunAsync(args[1], args[2], args[3], int.Parse(args[4], Invariant), args[5] == "indexed");
        }
        var time = TimeProvider.System;
        var outFolder = CommandServices.TakeOption(ref args, "--out");
        var dataRoot = CommandServices.TakeOption(ref args, "--data");
        var templates = CommandServices.TakeOption(ref args, "--templates");
        var questionCount = int.TryParse(CommandServices.TakeOption(ref args, "--questions"), out var q) ? q : 200;
        var iterations = int.TryParse(CommandServices.TakeOption(ref args, "--iterations"), out var n) ? n : 5;
        var seed = int.TryParse(CommandServices.TakeOption(ref args, "--seed"), out var s) ? s : 1;
        var whole = CommandServices.TakeFlag(ref args, "--whole");
        if (args.Length != 1 || !int.TryParse(args[0], out var count) || count < 1)
        {
            Console.Error.WriteLine("사용법: bench-corpus N [--out DIR] [--data DIR] [--templates DIR] [--questions N] [--iterations N] [--seed N] [--whole]");
            return 2;
        }
        if (TemplateSources(templates) is not { } sources)
        {
            Console.Error.WriteLine("템플릿 문서를 찾을 수 없어요: 저장소 안에서 실행하거나 --templates DIR을 주세요.");
            return 2;
        }
        var corpus = Path.GetFullPath(outFolder ?? Path.Combine(Path.GetTempPath(), $"bench-corpus-{count}"));
        var root = Path.GetFullPath(dataRoot ?? corpus + "-data");
        var folder = IndexLayout.ForCorpus(root, corpus);

        var generating = time.GetTimestamp();
        var documents = CorpusGenerator.Generate(sources.Templates, count, corpus, seed);
        var questions = BenchQuestions.Make(sources.GoldSets, documents, questionCount, seed);
        var questionsFile = corpus + "-questions.jsonl";
        BenchQuestions.Write(questionsFile, questions);
        Console.Out.WriteLine(string.Create(Invariant,
            $"bench-corpus: {count:N0} documents from {sources.Templates.Count} templates (seed {seed}) in {corpus}, generated in {time.GetElapsedTime(generating).TotalSeconds:0.0} s; {questions.Count} questions"));

        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var build = IndexCommand.Run(corpus, folder, time);
        using (var self = Process.GetCurrentProcess())
        {
            self.Refresh();
            Console.Out.WriteLine(string.Create(Invariant,
                $"first index build: {build.Elapsed.TotalSeconds:0.0} s, {build.DocumentsPerSecond:0} documents/s, {build.Documents:N0} documents, {build.Skipped} skipped; processor time {(self.TotalProcessorTime - cpu).TotalSeconds:0.0} s on {Environment.ProcessorCount} cores; load average {LoadAverage()}; this process's peak resident memory {self.PeakWorkingSet64 / (1024 * 1024)} MB"));
        }
        var update = ChangeThreeFiles(corpus, documents, questions, folder, time);
        Console.Out.WriteLine(string.Create(Invariant,
            $"update after 1 added, 1 changed, 1 removed: {update.Elapsed.TotalSeconds:0.00} s ({update.Added} added, {update.Updated} updated, {update.Removed} removed, {update.Unchanged:N0} unchanged)"));

        Print("restart with the persisted index (new process, unchanged corpus)", await RestartProbe.RunProcessAsync(corpus, root, questionsFile, iterations, indexed: true), iterations);
        if (whole)
        {
            Print("without the index (new process reading the whole folder)", await RestartProbe.RunProcessAsync(corpus, root, questionsFile, iterations, indexed: false), iterations);
        }
        return 0;
    }

    /// <summary>
    /// Adds a copy, adds a sentence to one document, deletes one no question is about, and updates the index: only
    /// those three files are read.
    /// </summary>
    private static IndexReport ChangeThreeFiles(string corpus, IReadOnlyList<GeneratedDocument> documents, IReadOnlyList<BenchQuestion> questions, string folder, TimeProvider time)
    {
        File.Copy(Path.Combine(corpus, documents[0].FileName), Path.Combine(corpus, "gen-added-" + documents[0].FileName));
        File.AppendAllText(Path.Combine(corpus, documents[^1].FileName), "\n※ 갱신 확인용 문장입니다.\n");
        var targets = questions.Select(q => q.Target).ToHashSet(StringComparer.Ordinal);
        if (documents.Take(documents.Count - 1).LastOrDefault(d => !targets.Contains(d.FileName)) is { } unused)
        {
            File.Delete(Path.Combine(corpus, unused.FileName));
        }
        return CorpusIndexer.Update(corpus, folder, time: time);
    }

    /// <summary>The machine's 1-minute load average (Linux), to read timings on a shared machine by.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private static void Print(string title, ProbeResult result, int iterations)
    {
        var cold = result.ColdMs.Order().ToList();
        var warm = result.WarmMs.Order().ToList();
        Console.Out.WriteLine($"{title} (load average {LoadAverage()}):");
        Console.Out.WriteLine(string.Create(Invariant,
            $"  first answer {result.StartToFirstAnswerMs / 1000:0.00} s after process start (corpus opened in {result.OpenMs / 1000:0.00} s)"));
        Console.Out.WriteLine(string.Create(Invariant,
            $"  cold (each question once, its documents not yet in memory): median {BenchCommand.Percentile(cold, 50):0.0} ms, p99 {BenchCommand.Percentile(cold, 99):0.0} ms, max {cold[^1]:0.0} ms"));
        Console.Out.WriteLine(string.Create(Invariant,
            $"  warm ({iterations} x {result.Answers} answers): median {BenchCommand.Percentile(warm, 50):0.00} ms, p90 {BenchCommand.Percentile(warm, 90):0.00} ms, p99 {BenchCommand.Percentile(warm, 99):0.00} ms, max {warm[^1]:0.00} ms; processor time {result.WarmCpuMsPerAnswer:0.00} ms an answer"));
        Console.Out.WriteLine(string.Create(Invariant,
            $"  answers citing the copy the question names: {result.CitingTarget}/{result.Answers}; documents whose knowledge was built: {result.KnowledgeBuilt:N0}"));
        Console.Out.WriteLine(string.Create(Invariant,
            $"  resident memory {result.ResidentMb} MB (peak {result.PeakResidentMb} MB), managed heap {result.ManagedMb} MB"));
    }

    private sealed record Sources(IReadOnlyList<string> Templates, IReadOnlyList<(string File, string? DefaultDocument)> GoldSets);

    /// <summary>
    /// The template documents and their gold sets: every .txt of <c>--templates DIR</c> with the .jsonl beside them, or,
    /// inside the repository, corpus/ (with tests/Answering.Tests/Eval/dev.jsonl) and the suite documents of the corpus tests.
    /// </summary>
    private static Sources? TemplateSources(string? folder)
    {
        if (folder is not null)
        {
            return Directory.Exists(folder)
                ? new Sources([.. Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal)], [.. Directory.EnumerateFiles(folder, "*.jsonl").Order(StringComparer.Ordinal).Select(f => (f, (string?)null))])
                : null;
        }
        var repository = FindRepository(Directory.GetCurrentDirectory()) ?? FindRepository(AppContext.BaseDirectory);
        if (repository is null)
        {
            return null;
        }
        var corpus = Directory.EnumerateFiles(Path.Combine(repository, "corpus"), "*.txt").Order(StringComparer.Ordinal).ToList();
        var suite = Path.Combine(repository, "tests", "Corpus.Tests", "TestDocuments", "suite");
        var templates = corpus.Concat(Directory.EnumerateFiles(suite, "*.txt").Order(StringComparer.Ordinal)).ToList();
        var goldSets = Directory.EnumerateFiles(suite, "*.jsonl").Order(StringComparer.Ordinal).Select(f => (f, (string?)null)).ToList();
        var dev = Path.Combine(repository, "tests", "Answering.Tests", "Eval", "dev.jsonl");
        if (File.Exists(dev) && corpus.Count == 1)
        {
            goldSets.Add((dev, Path.GetFileName(corpus[0])));
        }
        return new Sources(templates, goldSets);
    }

    private static string? FindRepository(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "BotHost.sln")) && Directory.Exists(Path.Combine(folder.FullName, "tests", "Corpus.Tests", "TestDocuments", "suite")))
            {
                return folder.FullName;
            }
        }
        return null;
    }
}
