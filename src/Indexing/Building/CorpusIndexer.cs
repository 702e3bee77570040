using System.Security.Cryptography;
using System.Text;
using Corpus.Parsing;
using Corpus.Readers;
using Indexing.Storage;
using Knowledge.Index;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Indexing.Building;

/// <summary>
/// Brings a corpus folder's persisted index up to date: a file whose size or write time changed, or that is new, is
/// read, parsed and indexed (in parallel, one worker per core); a removed file's entry is deleted; the rest is left as
/// it is. An index written by other code (<see cref="IndexStamp"/>) is rebuilt whole. Nothing is written when nothing
/// changed. One writer at a time: another process's update is waited for.
/// </summary>
public static class CorpusIndexer
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>How long an update waits for another one (another instance on the same folder) to finish.</summary>
    private static readonly TimeSpan WriteLockWait = TimeSpan.FromMinutes(2);

    /// <summary>How many files have been read and parsed by updates since start, for tests.</summary>
    public static long FilesProcessed => Interlocked.Read(ref _filesProcessed);

    private static long _filesProcessed;

    public static IndexReport Update(string corpusFolder, string dataFolder, Action<IndexProgress>? progress = null, TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        time ??= TimeProvider.System;
        var started = time.GetTimestamp();
        var layout = new IndexLayout(dataFolder);
        System.IO.Directory.CreateDirectory(layout.Lucene);
        System.IO.Directory.CreateDirectory(layout.Documents);
        var files = CorpusFile.List(corpusFolder);
        using var directory = FSDirectory.Open(layout.Lucene);
        var (current, old) = ReadManifest(directory);
        var plan = Plan(files, old, current);
        if (!plan.Changed)
        {
            return Report(plan, old.Values, time.GetElapsedTime(started));
        }

        var config = new IndexWriterConfig(Version, null)
        {
            OpenMode = current ? OpenMode.CREATE_OR_APPEND : OpenMode.CREATE,
            RAMBufferSizeMB = 64,
            WriteLockTimeout = (long)WriteLockWait.TotalMilliseconds,
        };
        using (var writer = new IndexWriter(directory, config))
        {
            var results = new ManifestEntry[plan.Process.Count];
            var done = 0;
            Parallel.For(0, plan.Process.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken }, i =>
            {
                var file = plan.Process[i];
                var (entry, document) = Index(file, layout);
                results[i] = entry;
                writer.UpdateDocument(new Term(IndexFields.Path, file.Path), document);
                Interlocked.Increment(ref _filesProcessed);
                progress?.Invoke(new IndexProgress(Interlocked.Increment(ref done), plan.Process.Count));
            });
            foreach (var (path, entry) in SettleDuplicateNames(plan.Process, results))
            {
                writer.UpdateDocument(new Term(IndexFields.Path, path), IndexFields.Skipped(entry));
            }
            foreach (var removed in plan.Removed)
            {
                writer.DeleteDocuments(new Term(IndexFields.Path, removed));
            }
            writer.SetCommitData(new Dictionary<string, string> { [IndexFields.Stamp] = IndexStamp.Current });
            writer.Commit();
        }

        using var reader = DirectoryReader.Open(directory);
        var now = ManifestEntry.ReadAll(reader).Select(e => e.Entry).ToList();
        RemoveUnreferenced(layout, now, old.Values);
        return Report(plan, now, time.GetElapsedTime(started));
    }

    /// <summary>The manifest of the last commit, and whether it was written by this code.</summary>
    private static (bool Current, Dictionary<string, ManifestEntry> Entries) ReadManifest(LuceneDirectory directory)
    {
        if (!DirectoryReader.IndexExists(directory))
        {
            return (false, new Dictionary<string, ManifestEntry>(StringComparer.Ordinal));
        }
        using var reader = DirectoryReader.Open(directory);
        var entries = ManifestEntry.ReadAll(reader).Select(e => e.Entry).ToDictionary(e => e.Path, StringComparer.Ordinal);
        return (ManifestEntry.StampOf(reader) == IndexStamp.Current, entries);
    }

    private sealed record UpdatePlan(List<CorpusFile> Process, List<string> Removed, int Added, int Unchanged, bool Rebuilt)
    {
        public bool Changed => Process.Count > 0 || Removed.Count > 0 || Rebuilt;
    }

    private static UpdatePlan Plan(List<CorpusFile> files, Dictionary<string, ManifestEntry> old, bool current)
    {
        // Which of several files of one name loads depends on all of them (the first that reads wins): such files are
        // read again whenever the folder changes, as are files that lost that contest before. Both are rare.
        var shared = files.GroupBy(f => f.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key)
            .Concat(old.Values.Where(e => e.Reason == SkipReasons.DuplicateName).Select(e => e.Name))
            .ToHashSet(StringComparer.Ordinal);
        var process = new List<CorpusFile>();
        var added = 0;
        foreach (var file in files)
        {
            if (!current || !old.TryGetValue(file.Path, out var entry))
            {
                process.Add(file);
                added++;
            }
            else if (entry.Size != file.Size || entry.Modified != file.Modified || entry.Name != file.Name || shared.Contains(file.Name))
            {
                process.Add(file);
            }
        }
        var paths = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var removed = current ? old.Keys.Where(p => !paths.Contains(p)).ToList() : [];
        return new UpdatePlan(process, removed, added, files.Count - process.Count, !current);
    }

    /// <summary>Reads, parses and indexes one file; a file that cannot be read or parsed is indexed as skipped, with the reason.</summary>
    private static (ManifestEntry Entry, Lucene.Net.Documents.Document Document) Index(CorpusFile file, IndexLayout layout)
    {
        ManifestEntry Skip(string reason, string format = "") => new(file.Path, file.Name, format, 0, file.Size, file.Modified, null, reason);
        var read = DocumentReaders.Read(file.FullPath);
        if (read.Skipped is { } skipped || read.Document is not { } source)
        {
            var entry = Skip(read.Skipped?.Reason ?? SkipReasons.Unreadable(file.Name));
            return (entry, IndexFields.Skipped(entry));
        }
        Corpus.Model.ParsedDocument parsed;
        try
        {
            parsed = DocumentParser.Parse(source.Name, source.Lines);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IndexOutOfRangeException or FormatException)
        {
            // As CorpusLibrary does: a layout the parser cannot take must not take the rest of the corpus down with it.
            var entry = Skip(SkipReasons.Unparsable(e.Message), source.Format);
            return (entry, IndexFields.Skipped(entry));
        }
        var key = Key(file, source.Lines);
        var stored = layout.DocumentFile(key);
        if (!File.Exists(stored))
        {
            DocumentCodec.Write(stored, source, parsed);
        }
        var loaded = new ManifestEntry(file.Path, file.Name, source.Format, source.Lines.Count, file.Size, file.Modified, key, null);
        return (loaded, IndexFields.Loaded(loaded, DocumentTerms.Read(parsed)));
    }

    /// <summary>The stored parse's name: a hash of the code that read it, the document's name and its lines.</summary>
    private static string Key(CorpusFile file, IReadOnlyList<string> lines)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{IndexStamp.Current}\n{file.Name}\n"));
        foreach (var line in lines)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(line));
            hash.AppendData("\n"u8);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..32];
    }

    /// <summary>Of files sharing a name, the first (in corpus order) that loaded keeps it; the others are skipped, as CorpusLibrary does.</summary>
    private static IEnumerable<(string Path, ManifestEntry Entry)> SettleDuplicateNames(List<CorpusFile> processed, ManifestEntry[] results)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var order = Enumerable.Range(0, processed.Count).OrderBy(i => processed[i].Path, StringComparer.Ordinal);
        foreach (var i in order)
        {
            var entry = results[i];
            if (entry.IsLoaded && !taken.Add(entry.Name))
            {
                yield return (entry.Path, entry with { Key = null, Reason = SkipReasons.DuplicateName });
            }
        }
    }

    /// <summary>
    /// Deletes stored parses neither this commit nor the one before refers to: a snapshot still answering from the
    /// previous commit finds its documents until the next update.
    /// </summary>
    private static void RemoveUnreferenced(IndexLayout layout, IEnumerable<ManifestEntry> now, IEnumerable<ManifestEntry> before)
    {
        var referenced = now.Concat(before).Select(e => e.Key).OfType<string>().Select(layout.DocumentFile).ToHashSet(StringComparer.Ordinal);
        foreach (var file in System.IO.Directory.EnumerateFiles(layout.Documents))
        {
            if (!referenced.Contains(file) && !file.EndsWith(".tmp", StringComparison.Ordinal))
            {
                try
                {
                    File.Delete(file);
                }
                catch (IOException)
                {
                    // Another instance's update may be replacing it; the next update tries again.
                }
            }
        }
    }

    private static IndexReport Report(UpdatePlan plan, IEnumerable<ManifestEntry> entries, TimeSpan elapsed)
    {
        var list = entries.ToList();
        return new IndexReport(plan.Added, plan.Process.Count - plan.Added, plan.Removed.Count, plan.Unchanged,
            list.Count(e => e.IsLoaded), list.Count(e => !e.IsLoaded), elapsed, plan.Rebuilt);
    }
}
