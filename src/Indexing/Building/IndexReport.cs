namespace Indexing.Building;

/// <summary>
/// What an update did: files added, updated (changed on disk), removed and left as they were; how many documents and
/// skipped files the corpus has now; how long it took; and whether the whole index was rebuilt (a new index, or one
/// written by other code).
/// </summary>
public sealed record IndexReport(int Added, int Updated, int Removed, int Unchanged, int Documents, int Skipped, TimeSpan Elapsed, bool Rebuilt)
{
    /// <summary>Files read, parsed and indexed in this update.</summary>
    public int Processed => Added + Updated;

    public bool Changed => Processed + Removed > 0 || Rebuilt;

    /// <summary>Files processed per second (0 when none was).</summary>
    public double DocumentsPerSecond => Processed == 0 || Elapsed <= TimeSpan.Zero ? 0 : Processed / Elapsed.TotalSeconds;
}

/// <summary>How far an update is: files processed of those to process.</summary>
public readonly record struct IndexProgress(int Done, int Total);
