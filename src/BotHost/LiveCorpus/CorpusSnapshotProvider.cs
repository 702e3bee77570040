using System.Diagnostics;
using Answering;
using Corpus;
using Microsoft.Extensions.Options;

namespace BotHost.LiveCorpus;

/// <summary>
/// Holds the current snapshot and builds the next one beside it: a reload reads the folder and builds a whole new
/// engine while requests keep using the old one, then swaps the reference in one step. A request that started
/// on the old snapshot finishes on it.
/// </summary>
public sealed partial class CorpusSnapshotProvider : ICorpusSnapshot
{
    private readonly string _folder;
    private readonly TimeProvider _time;
    private readonly ILogger<CorpusSnapshotProvider> _logger;
    private readonly SemaphoreSlim _reloading = new(1, 1);
    private CorpusSnapshot? _current;

    public CorpusSnapshotProvider(IOptions<CorpusOptions> options, TimeProvider time, ILogger<CorpusSnapshotProvider> logger)
    {
        _folder = options.Value.ResolveFolder();
        _time = time;
        _logger = logger;
    }

    public string Folder => _folder;

    public CorpusSnapshot Current => Volatile.Read(ref _current) ?? Load();

    private CorpusSnapshot Load()
    {
        _reloading.Wait();
        try
        {
            return Volatile.Read(ref _current) ?? Swap(Build(1));
        }
        finally
        {
            _reloading.Release();
        }
    }

    /// <summary>Reads the folder again and swaps the new snapshot in; the old one keeps serving until then.</summary>
    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        await _reloading.WaitAsync(cancellationToken);
        try
        {
            var version = (Volatile.Read(ref _current)?.Version ?? 0) + 1;
            var next = await Task.Run(() => Build(version), cancellationToken);
            Swap(next);
        }
        finally
        {
            _reloading.Release();
        }
    }

    private CorpusSnapshot Build(int version)
    {
        var watch = Stopwatch.StartNew();
        var corpus = CorpusLibrary.Load(_folder);
        var engine = new AnswerEngine(corpus);
        foreach (var skipped in corpus.Skipped)
        {
            LogSkipped(skipped.Name, skipped.Reason);
        }
        LogLoaded(version, corpus.Documents.Count, corpus.Skipped.Count, watch.ElapsedMilliseconds);
        return new CorpusSnapshot(corpus, engine, _time.GetUtcNow(), version);
    }

    private CorpusSnapshot Swap(CorpusSnapshot next)
    {
        Volatile.Write(ref _current, next);
        return next;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Corpus file {File} skipped: {Reason}")]
    private partial void LogSkipped(string file, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Corpus version {Version} loaded: {Documents} documents, {Skipped} skipped, in {Milliseconds} ms")]
    private partial void LogLoaded(int version, int documents, int skipped, long milliseconds);
}
