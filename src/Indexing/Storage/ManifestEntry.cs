using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace Indexing.Storage;

/// <summary>
/// What the index remembers of one corpus file: its path under the corpus folder ('/'-separated), name, format, line
/// count, size and write time, and either the key of its stored parse (a loaded document) or why it was skipped.
/// </summary>
public sealed record ManifestEntry(string Path, string Name, string Format, int Lines, long Size, long Modified, string? Key, string? Reason)
{
    public bool IsLoaded => Reason is null;

    internal static ManifestEntry From(Document stored) => new(
        stored.Get(IndexFields.Path),
        stored.Get(IndexFields.Name),
        stored.Get(IndexFields.Format) ?? "",
        stored.GetField(IndexFields.Lines)?.GetInt32Value() ?? 0,
        stored.GetField(IndexFields.Size)?.GetInt64Value() ?? -1,
        stored.GetField(IndexFields.Modified)?.GetInt64Value() ?? -1,
        stored.Get(IndexFields.Key),
        stored.Get(IndexFields.Reason));

    /// <summary>Every live entry of the index, by Lucene document number.</summary>
    internal static IEnumerable<(int Doc, ManifestEntry Entry)> ReadAll(IndexReader reader)
    {
        var live = MultiFields.GetLiveDocs(reader);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (live is null || live.Get(doc))
            {
                yield return (doc, From(reader.Document(doc, IndexFields.Manifest)));
            }
        }
    }

    /// <summary>The stamp of the index's last commit, or null when there is no index.</summary>
    internal static string? StampOf(DirectoryReader reader) =>
        reader.IndexCommit.UserData.TryGetValue(IndexFields.Stamp, out var stamp) ? stamp : null;
}
