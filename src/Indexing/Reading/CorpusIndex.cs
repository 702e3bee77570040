using System.Collections.Concurrent;
using Corpus.Readers;
using Corpus.Storage;
using Indexing.Storage;
using Knowledge.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Indexing.Reading;

/// <summary>
/// A corpus's persisted index, opened for answering: the list of documents and skipped files comes from the index's
/// stored fields; a document's lines and parse are loaded from its stored copy when first asked for (and kept in a
/// bounded cache); term statistics, candidate documents and naming look-ups are answered from the Lucene index.
/// Opening reads no corpus file. Thread-safe.
/// </summary>
public sealed class CorpusIndex : IDocumentStore, IDocumentIndex, IDisposable
{
    /// <summary>Beyond this many cached document frequencies the cache starts afresh (questions bring new words forever).</summary>
    private const int MaxCachedFrequencies = 100_000;

    /// <summary>Weights of <c>DocumentSelector.Score</c> that the index scores itself: a profile term, a name written compact, the year.</summary>
    private const double ProfileBonus = 0.5;
    private const double HeadWeight = 3;
    private const double YearMatch = 1.5;
    private const double YearNear = 0.5;

    /// <summary>The share of the best score the selector keeps (its tie), and a hair less for rounding.</summary>
    private const double Kept = 0.8;
    private const double Rounding = 1e-9;

    private readonly FSDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexLayout _layout;
    private readonly string _corpusFolder;
    private readonly Dictionary<string, ManifestEntry> _byName;
    private readonly string?[] _names;
    private readonly int[] _ordinals;
    private readonly BoundedCache<string, StoredDocument> _documents;
    private readonly ConcurrentDictionary<string, int> _frequencies = new(StringComparer.Ordinal);

    /// <summary>Every name head in the index: a question's stretches are looked up here before any posting list is read.</summary>
    private readonly HashSet<string> _heads;

    private CorpusIndex(string corpusFolder, IndexLayout layout, FSDirectory directory, DirectoryReader reader, int cachedDocuments)
    {
        _corpusFolder = Path.GetFullPath(corpusFolder);
        _layout = layout;
        _directory = directory;
        _reader = reader;
        _documents = new BoundedCache<string, StoredDocument>(Math.Max(cachedDocuments, 1), StringComparer.Ordinal);
        var manifest = ManifestEntry.ReadAll(reader).OrderBy(e => e.Entry.Path, StringComparer.Ordinal).ToList();
        var loaded = manifest.Where(e => e.Entry.IsLoaded).ToList();
        Entries = [.. loaded.Select(e => new CorpusEntry(e.Entry.Name, FullPath(e.Entry.Path), e.Entry.Format, e.Entry.Lines))];
        Skipped = [.. manifest.Where(e => !e.Entry.IsLoaded).Select(e => new SkippedDocument(e.Entry.Name, FullPath(e.Entry.Path), e.Entry.Reason!))];
        _byName = loaded.ToDictionary(e => e.Entry.Name, e => e.Entry, StringComparer.Ordinal);
        _names = new string?[reader.MaxDoc];
        _ordinals = new int[reader.MaxDoc];
        for (var i = 0; i < loaded.Count; i++)
        {
            _names[loaded[i].Doc] = loaded[i].Entry.Name;
            _ordinals[loaded[i].Doc] = i;
        }
        _heads = Terms(reader, IndexFields.Head);
    }

    private static HashSet<string> Terms(IndexReader reader, string field)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        var enumerator = MultiFields.GetTerms(reader, field)?.GetEnumerator();
        while (enumerator is not null && enumerator.MoveNext())
        {
            terms.Add(enumerator.Current.Term.Utf8ToString());
        }
        return terms;
    }

    /// <summary>Opens the index in <paramref name="dataFolder"/>, which <c>CorpusIndexer.Update</c> brought up to date for this code.</summary>
    /// <exception cref="InvalidOperationException">There is no index there, or other code wrote it.</exception>
    public static CorpusIndex Open(string corpusFolder, string dataFolder, int cachedDocuments = 128)
    {
        var layout = new IndexLayout(dataFolder);
        var directory = FSDirectory.Open(layout.Lucene);
        try
        {
            if (!DirectoryReader.IndexExists(directory))
            {
                throw new InvalidOperationException($"No index in {layout.Folder}: update it first.");
            }
            var reader = DirectoryReader.Open(directory);
            if (ManifestEntry.StampOf(reader) != IndexStamp.Current)
            {
                reader.Dispose();
                throw new InvalidOperationException($"The index in {layout.Folder} was written by other code: update it first.");
            }
            return new CorpusIndex(corpusFolder, layout, directory, reader, cachedDocuments);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    public IReadOnlyList<CorpusEntry> Entries { get; }

    public IReadOnlyList<SkippedDocument> Skipped { get; }

    public int Count => Entries.Count;

    /// <summary>How many stored documents were loaded from disk since the index was opened, for tests and benchmarks.</summary>
    public long DocumentsLoaded => _documents.Built;

    public StoredDocument? Load(string name) => _documents.GetOrAdd(name, n =>
        _byName.TryGetValue(n, out var entry) && entry.Key is { } key && DocumentCodec.Read(_layout.DocumentFile(key), FullPath(entry.Path)) is { } read
            ? new StoredDocument(read.Source, read.Parsed)
            : null);

    public int DocumentFrequency(string term)
    {
        if (_frequencies.TryGetValue(term, out var cached))
        {
            return cached;
        }
        if (_frequencies.Count > MaxCachedFrequencies)
        {
            _frequencies.Clear();
        }
        // A replaced document's old entry still counts in docFreq until its segment merges: count live documents then.
        var frequency = _reader.HasDeletions ? Postings(IndexFields.Term, term).Count() : _reader.DocFreq(new Term(IndexFields.Term, term));
        _frequencies[term] = frequency;
        return frequency;
    }

    /// <summary>
    /// Scores each document by what names it, as the selector does: a question term the document uses adds its
    /// document IDF, once more plus a half when the profile carries it; a name written compact inside the question adds
    /// 3; the document's year adds 1.5 (0.5 a year off). The selector's other evidence adds at most
    /// <see cref="DocumentQuery.Slack"/>, so every document whose score plus the slack reaches 0.8 of the best score
    /// may be selected: those are the candidates, the best first when there are more than <paramref name="limit"/>.
    /// </summary>
    public IReadOnlyList<string> Candidates(DocumentQuery query, int limit)
    {
        var scores = new double[_reader.MaxDoc];
        foreach (var term in query.Terms)
        {
            var idf = Idf(term);
            foreach (var (doc, _) in Postings(IndexFields.Term, term))
            {
                scores[doc] += idf;
            }
            foreach (var (doc, _) in Postings(IndexFields.Profile, term))
            {
                scores[doc] += idf + ProfileBonus;
            }
        }
        foreach (var head in Heads(query.Compact))
        {
            foreach (var (doc, count) in Postings(IndexFields.Head, head))
            {
                scores[doc] += HeadWeight * count;
            }
        }
        AddYears(scores, query.Years);

        var best = 0.0;
        for (var doc = 0; doc < scores.Length; doc++)
        {
            if (_names[doc] is not null)
            {
                best = Math.Max(best, scores[doc]);
            }
        }
        var threshold = best > 0 ? Kept * best - query.Slack - Rounding : double.NegativeInfinity;
        var kept = new List<int>();
        for (var doc = 0; doc < scores.Length; doc++)
        {
            if (_names[doc] is not null && scores[doc] >= threshold)
            {
                kept.Add(doc);
            }
        }
        if (kept.Count > limit)
        {
            kept = [.. kept.OrderByDescending(d => scores[d]).ThenBy(d => _ordinals[d]).Take(limit)];
        }
        return [.. kept.OrderBy(d => _ordinals[d]).Select(d => _names[d]!)];
    }

    public bool AnyNamedBy(IReadOnlyCollection<string> terms, int minimum)
    {
        var counts = new int[_reader.MaxDoc];
        foreach (var term in terms.Distinct(StringComparer.Ordinal))
        {
            foreach (var (doc, _) in Postings(IndexFields.Profile, term))
            {
                if (++counts[doc] >= minimum)
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>The document IDF of the selector: ln(1 + (N − df + 0.5) / (df + 0.5)).</summary>
    private double Idf(string term)
    {
        var df = DocumentFrequency(term);
        return Math.Log(1 + (Count - df + 0.5) / (df + 0.5));
    }

    private void AddYears(double[] scores, IReadOnlyList<int> years)
    {
        if (years.Count == 0)
        {
            return;
        }
        var bonus = new Dictionary<int, double>();
        foreach (var year in years.SelectMany(y => new[] { y - 1, y, y + 1 }).Distinct())
        {
            var weight = years.Contains(year) ? YearMatch : YearNear;
            foreach (var (doc, _) in Postings(IndexFields.Year, IndexFields.YearText(year)))
            {
                bonus[doc] = Math.Max(bonus.GetValueOrDefault(doc), weight);
            }
        }
        foreach (var (doc, weight) in bonus)
        {
            scores[doc] += weight;
        }
    }

    /// <summary>The name heads of the index that are stretches of the question's compact text.</summary>
    private HashSet<string> Heads(string compact)
    {
        var heads = new HashSet<string>(StringComparer.Ordinal);
        var lookup = _heads.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var length = DocumentTerms.ShortestHead; length <= Math.Min(DocumentTerms.LongestHead, compact.Length); length++)
        {
            for (var start = 0; start + length <= compact.Length; start++)
            {
                if (lookup.TryGetValue(compact.AsSpan(start, length), out var head))
                {
                    heads.Add(head);
                }
            }
        }
        return heads;
    }

    /// <summary>The live documents whose <paramref name="field"/> holds <paramref name="text"/>, with how often.</summary>
    private IEnumerable<(int Doc, int Count)> Postings(string field, string text)
    {
        var term = new Term(field, text);
        foreach (var leaf in _reader.Leaves)
        {
            var postings = leaf.AtomicReader.GetTermDocsEnum(term);
            if (postings is null)
            {
                continue;
            }
            int doc;
            while ((doc = postings.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                yield return (leaf.DocBase + doc, postings.Freq);
            }
        }
    }

    private string FullPath(string relative) => Path.Combine(_corpusFolder, relative.Replace('/', Path.DirectorySeparatorChar));

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }
}
