using Corpus;
using Corpus.Storage;
using Knowledge.Documents;
using Knowledge.Index;

namespace Knowledge;

/// <summary>
/// Every document of the corpus as <see cref="DocumentKnowledge"/>, and in how many documents each term occurs.
/// Built over an <see cref="IDocumentIndex"/>, it holds no document up front: a document's knowledge is built when the
/// document is first a candidate for a question and kept in a bounded cache, and term statistics come from the index.
/// </summary>
public sealed class KnowledgeBase
{
    /// <summary>Up to this many documents, every document is a candidate for every question, as without an index.</summary>
    public const int DefaultCandidates = 16;

    private readonly Dictionary<string, DocumentKnowledge>? _byName;
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);
    private readonly IDocumentIndex? _index;
    private readonly BoundedCache<string, DocumentKnowledge>? _cache;
    private readonly int _candidates;
    private IReadOnlyList<DocumentKnowledge>? _documents;
    private Dictionary<string, int>? _ordinals;

    public KnowledgeBase(CorpusLibrary corpus)
        : this(corpus.Parsed.Select(p => new DocumentKnowledge(p)).ToList())
    {
        Corpus = corpus;
    }

    public KnowledgeBase(IReadOnlyList<DocumentKnowledge> documents)
    {
        _documents = documents;
        _byName = documents.ToDictionary(d => d.Name, StringComparer.Ordinal);
        foreach (var document in documents)
        {
            foreach (var term in document.Vocabulary)
            {
                _documentFrequency[term] = _documentFrequency.GetValueOrDefault(term) + 1;
            }
        }
        Count = documents.Count;
        _candidates = int.MaxValue;
    }

    /// <param name="corpus">The documents, loaded one at a time (a library over a store).</param>
    /// <param name="index">Term statistics and candidate documents for the same documents.</param>
    /// <param name="cachedDocuments">How many documents' knowledge is kept in memory at most.</param>
    /// <param name="candidates">How many documents a question is weighed against at most.</param>
    public KnowledgeBase(CorpusLibrary corpus, IDocumentIndex index, int cachedDocuments = 256, int candidates = DefaultCandidates)
    {
        Corpus = corpus;
        _index = index;
        _cache = new BoundedCache<string, DocumentKnowledge>(Math.Max(cachedDocuments, candidates), StringComparer.Ordinal);
        _candidates = Math.Max(candidates, 1);
        Count = index.Count;
    }

    public CorpusLibrary? Corpus { get; }

    /// <summary>How many documents there are.</summary>
    public int Count { get; }

    /// <summary>Every document's knowledge. Over an index this builds them all: for small corpora and tests, not for an archive.</summary>
    public IReadOnlyList<DocumentKnowledge> Documents => _documents ??= [.. Corpus!.Entries.Select(e => Find(e.Name)).OfType<DocumentKnowledge>()];

    /// <summary>How many documents' knowledge was built since start (over an index), for tests and benchmarks.</summary>
    public long DocumentsBuilt => _cache?.Built ?? Count;

    public DocumentKnowledge? Find(string name) =>
        _cache is null ? _byName!.GetValueOrDefault(name) : _cache.GetOrAdd(name, n => Corpus!.FindParsed(n) is { } parsed ? new DocumentKnowledge(parsed) : null);

    /// <summary>
    /// The documents a question may be about, in corpus order: all of them without an index or while there are few;
    /// over an index, those whose naming evidence could still put them among the best (see <see cref="IDocumentIndex.Candidates"/>),
    /// and always <paramref name="previous"/>, the document an earlier turn was about.
    /// </summary>
    public IReadOnlyList<DocumentKnowledge> Candidates(DocumentQuery query, string? previous = null)
    {
        if (_index is null)
        {
            return Documents;
        }
        var names = Count <= _candidates ? Corpus!.Entries.Select(e => e.Name).ToList() : _index.Candidates(query, _candidates).ToList();
        if (previous is not null && !names.Contains(previous, StringComparer.Ordinal) && Ordinals.ContainsKey(previous))
        {
            names.Add(previous);
            names = [.. names.OrderBy(n => Ordinals.GetValueOrDefault(n))];
        }
        return [.. names.Select(Find).OfType<DocumentKnowledge>()];
    }

    /// <summary>Each document's place in corpus order.</summary>
    private Dictionary<string, int> Ordinals => _ordinals ??= Corpus!.Entries.Select((e, i) => (e.Name, i)).ToDictionary(e => e.Name, e => e.i, StringComparer.Ordinal);

    /// <summary>Whether some document's profile (title, programme names, issuer) carries at least <paramref name="minimum"/> of the terms.</summary>
    public bool AnyNamedBy(IReadOnlyCollection<string> terms, int minimum) =>
        _index is null ? Documents.Any(d => d.Profile.Terms.Count(terms.Contains) >= minimum) : _index.AnyNamedBy(terms, minimum);

    /// <summary>In how many documents a term occurs.</summary>
    public int DocumentFrequency(string term) => _index is null ? _documentFrequency.GetValueOrDefault(term) : _index.DocumentFrequency(term);

    /// <summary>How much a term singles out documents: high for a term few documents use.</summary>
    public double DocumentIdf(string term)
    {
        var df = Math.Max(DocumentFrequency(term), 0);
        return Math.Log(1 + (Count - df + 0.5) / (df + 0.5));
    }
}
