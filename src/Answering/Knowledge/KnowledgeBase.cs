using Corpus;
using Corpus.Model;
using Retrieval;

namespace Answering.Knowledge;

/// <summary>Everything the engine knows, read from the corpus once at start-up.</summary>
public sealed partial class KnowledgeBase
{
    public KnowledgeBase(CorpusLibrary corpus, PassageIndex index)
    {
        Corpus = corpus;
        Index = index;
        Stages = new StageCatalog(corpus);
        Regions = new RegionCatalog(corpus.Parsed);
        Context = new UnitContext(corpus.Parsed, Stages, Regions);
        Figures = new FigureTables(corpus.Parsed);
        Sectors = new SectorTable(corpus.Parsed, Regions);
        Facts = new FactBook(corpus.Parsed, Context, Regions);
        Rules = new DesignationRules(corpus.Parsed);
        _documentTexts = corpus.Parsed.ToDictionary(d => d.Name, d => string.Concat(d.Lines.Select(l => Understanding.QuestionText.RemoveSpaces(l).ToLowerInvariant())));
        _compactLines = [.. corpus.Parsed.SelectMany(d => d.Lines).Select(l => Understanding.QuestionText.RemoveSpaces(l).ToLowerInvariant())];
        CompactText = string.Concat(corpus.Parsed.SelectMany(d => d.Lines).Select(l => Understanding.QuestionText.RemoveSpaces(l).ToLowerInvariant()));
    }

    public CorpusLibrary Corpus { get; }
    public PassageIndex Index { get; }
    public StageCatalog Stages { get; }
    public RegionCatalog Regions { get; }
    public UnitContext Context { get; }
    public FigureTables Figures { get; }
    public SectorTable Sectors { get; }
    public FactBook Facts { get; }
    public DesignationRules Rules { get; }

    /// <summary>
    /// A unit worth quoting as an answer: not a caption, table header, row of figures (those are read as
    /// cells), appendix title or table-of-contents line ("참고 2. …" listing an appendix).
    /// </summary>
    public bool IsPassage(DocumentUnit unit) =>
        unit.Kind is not (UnitKind.TableTitle or UnitKind.AppendixHeading)
        && !(unit.Kind is UnitKind.Heading && unit.Level == 0)
        && unit.Text.Length > 12
        && !TableOfContentsEntry().IsMatch(unit.Text)
        && !IsTableHeader(unit)
        && !(unit.Table is int t && Corpus.FindParsed(unit.Doc) is { } document && Figures.Tables.Contains(document.Tables[t]));

    [System.Text.RegularExpressions.GeneratedRegex(@"^참고\s*\d+\s*[.:]")]
    private static partial System.Text.RegularExpressions.Regex TableOfContentsEntry();

    private readonly Dictionary<string, string> _documentTexts;
    private readonly string[] _compactLines;

    /// <summary>In how many lines of all documents a word occurs: rare words say more about what a text is about.</summary>
    /// <summary>Whether the documents use a word, allowing one typo inside a longer word (사엽단); a word cut at its end (스마트팜 → 스마트) is another word.</summary>
    public bool Mentions(string word)
    {
        if (CompactText.Contains(word, StringComparison.Ordinal))
        {
            return true;
        }
        return word.Length >= 4 && Enumerable.Range(1, word.Length - 2).Any(i => CompactText.Contains(word.Remove(i, 1), StringComparison.Ordinal));
    }

    public int LinesContaining(string word) => _compactLines.Count(l => l.Contains(word, StringComparison.Ordinal));

    /// <summary>
    /// With several documents, the ones a question's words single out: words found in some documents but
    /// not all ("스마트공장"), the documents whose such words weigh most. Null when nothing singles any out.
    /// </summary>
    public IReadOnlySet<string>? DocumentsAbout(IEnumerable<string> words)
    {
        if (_documentTexts.Count < 2)
        {
            return null;
        }
        var hits = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in words.Distinct())
        {
            var holders = _documentTexts.Where(d => d.Value.Contains(word, StringComparison.Ordinal)).Select(d => d.Key).ToList();
            if (holders.Count > 0 && holders.Count < _documentTexts.Count)
            {
                foreach (var doc in holders)
                {
                    // Longer words name things (스마트공장); short ones are often just wording (대비).
                    hits[doc] = hits.GetValueOrDefault(doc) + word.Length;
                }
            }
        }
        if (hits.Count == 0)
        {
            return null;
        }
        var best = hits.Values.Max();
        return hits.Where(h => h.Value == best).Select(h => h.Key).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>A table's header line: structure, not an answer.</summary>
    public bool IsTableHeader(DocumentUnit unit) =>
        unit.Table is int t && Corpus.FindParsed(unit.Doc) is { } document && document.Tables[t].Rows.Count > 0 && unit.FromLine < document.Tables[t].Rows[0].Line;

    /// <summary>All documents' text, lower-cased and without spaces, to ask whether a word occurs at all.</summary>
    public string CompactText { get; }
}
