using Corpus.Model;
using Corpus.Readers;

namespace Corpus.Storage;

/// <summary>A loaded document as the corpus lists it, without its lines: enough for /health and for ordering.</summary>
public sealed record CorpusEntry(string Name, string Path, string Format, int LineCount);

/// <summary>One document as read and parsed, loaded from wherever a store keeps it.</summary>
public sealed record StoredDocument(SourceDocument Source, ParsedDocument Parsed);

/// <summary>
/// Documents kept outside memory (a persisted index's cache): the list is known up front, each document is loaded
/// only when asked for, so a large archive costs memory for what is in use, not for all of it.
/// </summary>
public interface IDocumentStore
{
    /// <summary>The loaded documents in corpus order (the files' ordinal path order).</summary>
    IReadOnlyList<CorpusEntry> Entries { get; }

    IReadOnlyList<SkippedDocument> Skipped { get; }

    /// <summary>The document named <paramref name="name"/>, or null when the store does not have it (any more).</summary>
    StoredDocument? Load(string name);
}
