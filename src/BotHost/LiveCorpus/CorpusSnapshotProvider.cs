using System.Diagnostics;
using Answering;
using Corpus;
using Indexing.Building;
using Indexing.Reading;
using Knowledge;
using Microsoft.Extensions.Options;

namespace BotHost.LiveCorpus;

/// <summary>
/// Holds the current snapshot and builds the next one beside it: a reload brings the persisted index up to date (only
/// changed files are read again) and opens it, or reads the whole folder when the index is off or unavailable, and
/// builds a new engine while requests keep using the old one, then swaps the reference in one step. A request that
/// started on the old snapshot finishes on it; the old index is closed a while after the swap.
/// </summary>
public sealed partial class CorpusSnapshotProvider : ICorpusSnapshot, IDisposable
{
    /// <summary>How long a swapped-out index stays open for requests that started on it.</summary>
    private static readonly TimeSpan RetiredIndexGrace = TimeSpan.FromSeconds(30);

    private readonly string _folder;
    private readonly CorpusIndexOptions _index;
    private readonly TimeProvider _time;
    private readonly ILogger<CorpusSnapshotProvider> _logger;
    private readonly SemaphoreSlim _reloading = new(1, 1);
    private CorpusSnapshot? _current;

    public CorpusSnapshotProvider(IOptions<CorpusOptions> options, IOptions<CorpusIndexOptions> index, TimeProvider time, ILogger<CorpusSnapshotProvider> logger)
    {
        _folder = options.Value.ResolveFolder();
        _index = index.Value;
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
        var snapshot = (_index.Enabled ? OpenIndex(version) : null) ?? ReadWhole(version);
        foreach (var skipped in snapshot.Corpus.Skipped)
        {
            LogSkipped(skipped.Name, skipped.Reason);
        }
        LogLoaded(version, snapshot.Corpus.Entries.Count, snapshot.Corpus.Skipped.Count, watch.ElapsedMilliseconds);
        return snapshot;
    }

    private CorpusSnapshot ReadWhole(int version)
    {
        var corpus = CorpusLibrary.Load(_folder);
        return new CorpusSnapshot(corpus, new AnswerEngine(corpus), _time.GetUtcNow(), version);
    }

    /// <summary>The snapshot over the folder's persisted index, brought up to date first; null (and a warning) when it cannot be had.</summary>
    private CorpusSnapshot? OpenIndex(int version)
    {
        var data = _index.DataFolder(_folder);
        try
        {
            var report = CorpusIndexer.Update(_folder, data, time: _time);
            if (report.Changed)
            {
                LogIndexUpdated(data, report.Added, report.Updated, report.Removed, report.Unchanged, (long)report.Elapsed.TotalMilliseconds);
            }
            var index = CorpusIndex.Open(_folder, data, _index.CachedDocuments);
            var corpus = new CorpusLibrary(index);
            var knowledge = new KnowledgeBase(corpus, index, _index.CachedKnowledge, _index.Candidates);
            return new CorpusSnapshot(corpus, new AnswerEngine(corpus, knowledge), _time.GetUtcNow(), version) { Index = index };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            // A missing corpus folder is reported by reading it; anything else about the index is worked around.
            if (Directory.Exists(_folder))
            {
                LogIndexUnavailable(data, e.Message);
            }
            return null;
        }
    }

    private CorpusSnapshot Swap(CorpusSnapshot next)
    {
        var previous = Interlocked.Exchange(ref _current, next);
        if (previous?.Index is { } retired)
        {
            _ = Task.Delay(RetiredIndexGrace, _time).ContinueWith(_ => retired.Dispose(), TaskScheduler.Default);
        }
        return next;
    }

    public void Dispose()
    {
        Volatile.Read(ref _current)?.Index?.Dispose();
        _reloading.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Corpus file {File} skipped: {Reason}")]
    private partial void LogSkipped(string file, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Corpus version {Version} loaded: {Documents} documents, {Skipped} skipped, in {Milliseconds} ms")]
    private partial void LogLoaded(int version, int documents, int skipped, long milliseconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Corpus index {Folder} updated: {Added} added, {Updated} updated, {Removed} removed, {Unchanged} unchanged, in {Milliseconds} ms")]
    private partial void LogIndexUpdated(string folder, int added, int updated, int removed, int unchanged, long milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Corpus index {Folder} unavailable, the whole folder is read instead: {Reason}")]
    private partial void LogIndexUnavailable(string folder, string reason);
}
