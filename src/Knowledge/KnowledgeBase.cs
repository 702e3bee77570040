using Corpus;
using Knowledge.Documents;

namespace Knowledge;

/// <summary>Every document of the corpus as <see cref="DocumentKnowledge"/>, and in how many documents each term occurs.</summary>
public sealed class KnowledgeBase
{
    private readonly Dictionary<string, DocumentKnowledge> _byName;
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);

    public KnowledgeBase(CorpusLibrary corpus)
        : this(corpus.Parsed.Select(p => new DocumentKnowledge(p)).ToList())
    {
        Corpus = corpus;
    }

    public KnowledgeBase(IReadOnlyList<DocumentKnowledge> documents)
    {
        Documents = documents;
        _byName = documents.ToDictionary(d => d.Name, StringComparer.Ordinal);
        foreach (var document in documents)
        {
            foreach (var term in document.Vocabulary)
            {
                _documentFrequency[term] = _documentFrequency.GetValueOrDefault(term) + 1;
            }
        }
    }

    public CorpusLibrary? Corpus { get; }
    public IReadOnlyList<DocumentKnowledge> Documents { get; }

    public DocumentKnowledge? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>In how many documents a term occurs.</summary>
    public int DocumentFrequency(string term) => _documentFrequency.GetValueOrDefault(term);

    /// <summary>How much a term singles out documents: high for a term few documents use.</summary>
    public double DocumentIdf(string term)
    {
        var df = Math.Max(DocumentFrequency(term), 0);
        return Math.Log(1 + (Documents.Count - df + 0.5) / (df + 0.5));
    }
}
