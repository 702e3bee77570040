using Corpus;
using Retrieval;

namespace Answering.Knowledge;

/// <summary>Everything the engine knows, read from the corpus once at start-up.</summary>
public sealed class KnowledgeBase
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

    /// <summary>A table's header line: structure, not an answer.</summary>
    public bool IsTableHeader(Corpus.Model.DocumentUnit unit) =>
        unit.Table is int t && Corpus.FindParsed(unit.Doc) is { } document && document.Tables[t].Rows.Count > 0 && unit.FromLine < document.Tables[t].Rows[0].Line;

    /// <summary>All documents' text, lower-cased and without spaces, to ask whether a word occurs at all.</summary>
    public string CompactText { get; }
}
