using System.Globalization;
using BotHost.LiveCorpus;
using Indexing.Building;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace BotHost.Commands;

/// <summary>
/// <c>index [--corpus DIR] [--data DIR]</c>: brings the corpus folder's persisted index up to date (only files added or
/// changed since the last update are read and parsed, removed ones are dropped), with a progress bar, and prints what
/// it did and how many documents a second it processed. The host does the same at start and on every change; this
/// command does it ahead of time, e.g. after copying an archive in.
/// </summary>
public static class IndexCommand
{
    public static Task<int> RunAsync(string[] args)
    {
        var data = CommandServices.TakeOption(ref args, "--data");
        var settings = data is null ? null : new Dictionary<string, string?> { [$"{CorpusIndexOptions.Section}:Path"] = Path.GetFullPath(data) };
        var services = CommandServices.Build(ref args, settings);
        if (args.Length != 0)
        {
            Console.Error.WriteLine("사용법: index [--corpus DIR] [--data DIR]");
            return Task.FromResult(2);
        }
        var corpus = services.GetRequiredService<IOptions<CorpusOptions>>().Value.ResolveFolder();
        var folder = services.GetRequiredService<IOptions<CorpusIndexOptions>>().Value.DataFolder(corpus);
        if (!Directory.Exists(corpus))
        {
            Console.Error.WriteLine($"문서 폴더를 찾을 수 없어요: {corpus}");
            return Task.FromResult(2);
        }
        AnsiConsole.MarkupLineInterpolated($"corpus [bold]{corpus}[/] → index [bold]{folder}[/]");
        var report = Run(corpus, folder, services.GetRequiredService<TimeProvider>());
        Print(report);
        return Task.FromResult(0);
    }

    /// <summary>Updates the index with a progress bar of the files being read and parsed.</summary>
    internal static IndexReport Run(string corpus, string folder, TimeProvider time)
    {
        IndexReport? report = null;
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask("indexing", autoStart: true, maxValue: 1);
                var gate = new Lock();
                report = CorpusIndexer.Update(corpus, folder, progress =>
                {
                    lock (gate)
                    {
                        task.MaxValue = progress.Total;
                        task.Value = progress.Done;
                    }
                }, time);
                task.Value = task.MaxValue;
            });
        return report!;
    }

    internal static void Print(IndexReport report)
    {
        var culture = CultureInfo.InvariantCulture;
        Console.Out.WriteLine(string.Create(culture,
            $"documents: {report.Documents:N0} loaded, {report.Skipped:N0} skipped{(report.Rebuilt ? " (index rebuilt)" : "")}"));
        Console.Out.WriteLine(string.Create(culture,
            $"files: {report.Added:N0} added, {report.Updated:N0} updated, {report.Removed:N0} removed, {report.Unchanged:N0} unchanged"));
        Console.Out.WriteLine(string.Create(culture,
            $"time: {report.Elapsed.TotalSeconds:0.00} s, {report.DocumentsPerSecond:0.0} documents/s ({report.Processed:N0} read and parsed)"));
    }
}
