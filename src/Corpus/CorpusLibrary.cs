using Corpus.Model;
using Corpus.Parsing;
using Corpus.Readers;

namespace Corpus;

/// <summary>
/// Every document under the corpus folder in a format a reader takes (text, CSV/TSV, HWPX, DOCX, XLSX, PDF), kept
/// as line-addressed text with each line's location in its file, and parsed into units and tables. Files that
/// cannot be read (HWP 5.0, corrupt or empty files) are listed in <see cref="Skipped"/> with the reason.
/// </summary>
public sealed class CorpusLibrary
{
    private readonly Dictionary<string, SourceDocument> _byName;
    private readonly Dictionary<string, ParsedDocument> _parsedByName;

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
        Documents = kept;
        Parsed = parsed;
        Skipped = skips;
        _byName = kept.ToDictionary(d => d.Name, StringComparer.Ordinal);
        _parsedByName = parsed.ToDictionary(p => p.Name, StringComparer.Ordinal);
    }

    public IReadOnlyList<SourceDocument> Documents { get; }

    /// <summary>The same documents as units and tables, in the same order.</summary>
    public IReadOnlyList<ParsedDocument> Parsed { get; }

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

    public SourceDocument? Find(string name) => _byName.GetValueOrDefault(name);

    public ParsedDocument? FindParsed(string name) => _parsedByName.GetValueOrDefault(name);
}
