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

    public int Line => Unit.FromLine;
    public UnitKind Kind => Unit.Kind;
}
