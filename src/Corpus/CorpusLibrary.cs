using Corpus.Model;
using Corpus.Parsing;
using Corpus.Readers;
using Corpus.Storage;

namespace Corpus;

/// <summary>
/// Every document under the corpus folder in a format a reader takes (text, CSV/TSV, HWPX, DOCX, XLSX, PDF), kept
/// as line-addressed text with each line's location in its file, and parsed into units and tables. Files that
/// cannot be read (HWP 5.0, corrupt or empty files) are listed in <see cref="Skipped"/> with the reason.
/// A library over an <see cref="IDocumentStore"/> (a persisted index) loads each document only when asked for it.
/// </summary>
public sealed class CorpusLibrary
{
    private readonly Dictionary<string, SourceDocument>? _byName;
    private readonly Dictionary<string, ParsedDocument>? _parsedByName;
    private readonly IDocumentStore? _store;
    private IReadOnlyList<SourceDocument>? _documents;
    private IReadOnlyList<ParsedDocument>? _parsed;

    public CorpusLibrary(IEnumerable<SourceDocument> documents, IEnumerable<SkippedDocument>? skipped = null)
    {
        var kept = new List<SourceDocument>();
        var parsed = new List<ParsedDocument>();
        var skips = skipped?.ToList() ?? [];
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            if (!names.Add(document.Name))
            {
                skips.Add(new SkippedDocument(document.Name, document.Path, SkipReasons.DuplicateName));
                continue;
            }
            try
            {
                parsed.Add(DocumentParser.Parse(document.Name, document.Lines));
                kept.Add(document);
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or IndexOutOfRangeException or FormatException)
            {
                // A layout the parser cannot take must not take the rest of the corpus down with it.
                names.Remove(document.Name);
                skips.Add(new SkippedDocument(document.Name, document.Path, SkipReasons.Unparsable(e.Message)));
            }
        }
        _documents = kept;
        _parsed = parsed;
        Skipped = skips;
        Entries = [.. kept.Select(d => new CorpusEntry(d.Name, d.Path, d.Format, d.Lines.Count))];
        _byName = kept.ToDictionary(d => d.Name, StringComparer.Ordinal);
        _parsedByName = parsed.ToDictionary(p => p.Name, StringComparer.Ordinal);
    }

    /// <summary>A library whose documents stay in <paramref name="store"/> until one is asked for.</summary>
    public CorpusLibrary(IDocumentStore store)
    {
        _store = store;
        Entries = store.Entries;
        Skipped = store.Skipped;
    }

    /// <summary>The loaded documents by name, format and size, in corpus order, without loading any of them.</summary>
    public IReadOnlyList<CorpusEntry> Entries { get; }

    /// <summary>Every document's lines. Over a store this loads them all: for small corpora and tests, not for an archive.</summary>
    public IReadOnlyList<SourceDocument> Documents => _documents ??= [.. Entries.Select(e => Find(e.Name)).OfType<SourceDocument>()];

    /// <summary>The same documents as units and tables, in the same order (over a store, all loaded: see <see cref="Documents"/>).</summary>
    public IReadOnlyList<ParsedDocument> Parsed => _parsed ??= [.. Entries.Select(e => FindParsed(e.Name)).OfType<ParsedDocument>()];

    /// <summary>Files under the folder that were not loaded, each with what to do about it.</summary>
    public IReadOnlyList<SkippedDocument> Skipped { get; }

    public static CorpusLibrary Load(string folder)
    {
        var documents = new List<SourceDocument>();
        var skipped = new List<SkippedDocument>();
        foreach (var path in DocumentReaders.CorpusFiles(folder))
        {
            switch (DocumentReaders.Read(path))
            {
                case { Document: { } document }:
                    documents.Add(document);
                    break;
                case { Skipped: { } skip }:
                    skipped.Add(skip);
                    break;
            }
        }
        return new CorpusLibrary(documents, skipped);
    }

    public SourceDocument? Find(string name) => _store is null ? _byName!.GetValueOrDefault(name) : _store.Load(name)?.Source;

    public ParsedDocument? FindParsed(string name) => _store is null ? _parsedByName!.GetValueOrDefault(name) : _store.Load(name)?.Parsed;
}
