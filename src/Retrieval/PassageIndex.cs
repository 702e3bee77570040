using Corpus;
using Corpus.Model;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Retrieval;

/// <summary>A hit: the unit (passage or table row), its BM25 score, and how many query words of two or more letters it shares.</summary>
public readonly record struct PassageHit(DocumentUnit Unit, float Score, int SharedWords);

/// <summary>
/// An in-memory Lucene BM25 index over every unit of every document (table rows carry their table's
/// title). The analyzer comes from one seam (<see cref="AnalyzerFactory"/>), so swapping in the Korean
/// analyzer is one line. Queries are built from analyzed terms: user text never reaches a query parser.
/// </summary>
public sealed class PassageIndex : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const string TextField = "text";
    private const string KeyField = "key";

    private readonly Analyzer _analyzer;
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly List<DocumentUnit> _units = [];
    private readonly object _analyzeLock = new();

    public PassageIndex(CorpusLibrary corpus, Func<Analyzer>? analyzerFactory = null)
    {
        _analyzer = (analyzerFactory ?? AnalyzerFactory.Default)();
        var config = new IndexWriterConfig(Version, _analyzer) { Similarity = new BM25Similarity() };
        using (var writer = new IndexWriter(_directory, config))
        {
            foreach (var document in corpus.Parsed)
            {
                foreach (var unit in document.Units)
                {
                    var text = unit.Table is int t ? $"{document.Tables[t].Title} {(unit.Column is int c ? document.Tables[t].ColumnName(c) : "")} {unit.Text}" : unit.Text;
                    writer.AddDocument(
                    [
                        new StoredField(KeyField, _units.Count),
                        new TextField(TextField, text, Field.Store.NO),
                    ]);
                    _units.Add(unit);
                }
            }
            writer.Commit();
        }
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    public IReadOnlyList<PassageHit> Search(string query, int maxResults, Func<DocumentUnit, bool>? filter = null)
    {
        var terms = Analyze(query);
        if (terms.Count == 0 || maxResults <= 0)
        {
            return [];
        }
        var boolean = new BooleanQuery();
        foreach (var term in terms)
        {
            boolean.Add(new TermQuery(new Term(TextField, term)), Occur.SHOULD);
        }
        var top = _searcher.Search(boolean, filter is null ? maxResults : Math.Max(maxResults, _reader.MaxDoc));
        var hits = new List<PassageHit>(maxResults);
        foreach (var scoreDoc in top.ScoreDocs)
        {
            var unit = _units[_searcher.Doc(scoreDoc.Doc).GetField(KeyField).GetInt32Value() ?? 0];
            if (filter is null || filter(unit))
            {
                hits.Add(new PassageHit(unit, scoreDoc.Score, SharedWords(terms, unit.Text)));
                if (hits.Count == maxResults)
                {
                    break;
                }
            }
        }
        return hits;
    }

    /// <summary>A match on one-letter tokens (a particle, a verb stem) is chance, not relevance.</summary>
    private static int SharedWords(HashSet<string> terms, string text)
    {
        var lower = text.ToLowerInvariant();
        return terms.Count(t => t.Length >= 2 && lower.Contains(t, StringComparison.Ordinal));
    }

    private HashSet<string> Analyze(string text)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        // An Analyzer hands out one reusable token stream per thread; the lock keeps the term set simple.
        lock (_analyzeLock)
        {
            using var stream = _analyzer.GetTokenStream(TextField, text);
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken() && terms.Count < 256)
            {
                terms.Add(term.ToString());
            }
            stream.End();
        }
        return terms;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }
}
