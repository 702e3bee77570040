using Corpus.Model;
using Corpus.Quantities;
using Knowledge.Dates;
using Knowledge.Language;

namespace Knowledge.Documents;

/// <summary>
/// A unit of a document as the engine reads it: its text, morphemes and naming terms (canonical), the terms of
/// the headings above it (its context), the amounts and dates it writes, and its compact form for name matching.
/// </summary>
public sealed class Passage
{
    public Passage(DocumentUnit unit, IReadOnlyList<string> headingTerms)
    {
        Unit = unit;
        Normalized = TextNormalizer.Normalize(unit.Text);
        Tokens = TermAnalyzer.Tokenize(Normalized);
        Terms = [.. TermAnalyzer.Terms(Tokens).Select(Lexicon.Canonical).Distinct()];
        HeadingTerms = headingTerms;
        Compact = TextNormalizer.Compact(unit.Text);
        Quantities = QuantityScanner.Scan(unit.Text);
        Dates = DateScanner.Scan(Normalized);
    }

    public DocumentUnit Unit { get; }
    public string Text => Unit.Text;
    public string Normalized { get; }
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>Canonical naming terms of the text itself.</summary>
    public IReadOnlyList<string> Terms { get; }

    /// <summary>Canonical terms of the headings, table title or case the unit stands under.</summary>
    public IReadOnlyList<string> HeadingTerms { get; }
    public string Compact { get; }
    public IReadOnlyList<Quantity> Quantities { get; }
    public IReadOnlyList<DateMention> Dates { get; }

    private IReadOnlyList<(Region Region, int Start, int Length)>? _regions;
    private IReadOnlyList<int>? _stages;
    private IReadOnlyList<string>? _labelTerms;
    private DateShape? _dateShape;
    private bool? _writesPlace;

    /// <summary>The 시·도 the text names (<see cref="Language.Regions.In"/>), found on first use: passages are searched for many questions.</summary>
    public IReadOnlyList<(Region Region, int Start, int Length)> Regions => _regions ??= Language.Regions.In(Text);

    /// <summary>The stages (1단계 …) the text names, found on first use.</summary>
    public IReadOnlyList<int> Stages => _stages ??= Tables.TableModel.StagesOf(Text);

    /// <summary>Canonical terms of the bullet label ((근거), (지정 절차)), analysed on first use rather than for every question.</summary>
    public IReadOnlyList<string> LabelTerms => _labelTerms ??= Unit.Label is { Length: > 0 } label ? [.. TermAnalyzer.Terms(label).Select(Lexicon.Canonical).Distinct()] : [];

    /// <summary>What the text's dates say of a schedule (a span, a start, an end, an hour), read on first use.</summary>
    public DateShape DateShape => _dateShape ??= DateShapes.Of(Normalized, Dates);

    /// <summary>Whether the text says where something is held or handed in (대전컨벤션센터에서, IRIS로 접수), read on first use.</summary>
    public bool WritesPlace => _writesPlace ??= Venues.Written(Text);

    public int Line => Unit.FromLine;
    public UnitKind Kind => Unit.Kind;
}
