using Corpus.Readers;
using Microsoft.Extensions.Options;

namespace BotHost.LiveCorpus;

/// <summary>Live-corpus timing, from configuration section <c>Corpus:Watch</c>.</summary>
public sealed class CorpusWatchOptions
{
    public const string Section = "Corpus:Watch";

    public bool Enabled { get; set; } = true;

    /// <summary>Quiet time after the last change before reloading, so a file being copied is read once, whole.</summary>
    public TimeSpan Debounce { get; set; } = TimeSpan.FromMilliseconds(700);

    /// <summary>How often the folder is also compared by file sizes and times, for changes the watcher misses (network shares, editors' renames).</summary>
    public TimeSpan Rescan { get; set; } = TimeSpan.FromSeconds(2);
}

/// <summary>
/// Watches the corpus folder (FileSystemWatcher plus a periodic rescan as a fallback) and reloads the snapshot after
/// a change has settled; a change during a reload triggers one more reload.
/// </summary>
public sealed partial class CorpusWatcher(CorpusSnapshotProvider provider, IOptions<CorpusWatchOptions> options, ILogger<CorpusWatcher> logger)
    : BackgroundService
{
    private readonly SemaphoreSlim _changed = new(0, int.MaxValue);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled || !Directory.Exists(provider.Folder))
        {
            return;
        }
        _ = provider.Current;   // the first snapshot, before anything is compared with it
        using var watcher = new FileSystemWatcher(provider.Folder) { IncludeSubdirectories = true, EnableRaisingEvents = true };
        watcher.Changed += (_, _) => Signal();
        watcher.Created += (_, _) => Signal();
        watcher.Deleted += (_, _) => Signal();
        watcher.Renamed += (_, _) => Signal();
        watcher.Error += (_, _) => Signal();
        var fingerprint = Fingerprint();
        while (!stoppingToken.IsCancellationRequested)
        {
            var signalled = await _changed.WaitAsync(settings.Rescan, stoppingToken);
            var now = Fingerprint();
            if (!signalled && now == fingerprint)
            {
                continue;
            }
            // Let a burst of events (a copy, a save that renames) settle, then read the folder once.
            while (await _changed.WaitAsync(settings.Debounce, stoppingToken))
            {
            }
            fingerprint = Fingerprint();
            try
            {
                await provider.ReloadAsync(stoppingToken);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                LogReloadFailed(e.Message);
            }
        }
    }

    private void Signal() => _changed.Release();

    /// <summary>Names, sizes and write times of the corpus files: any addition, replacement or deletion changes it.</summary>
    private string Fingerprint()
    {
        try
        {
            return string.Join("|", DocumentReaders.CorpusFiles(provider.Folder).Select(f => new FileInfo(f)).Select(f => $"{f.FullName}:{f.Length}:{f.LastWriteTimeUtc.Ticks}"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Corpus reload failed, the previous documents keep serving: {Reason}")]
    private partial void LogReloadFailed(string reason);
}
