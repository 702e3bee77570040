using Corpus.Model;
using Knowledge.Documents;
using Knowledge.Language;

namespace Knowledge.Index;

/// <summary>
/// What an index keeps of a document to find it and weigh terms, read without building its whole
/// <see cref="DocumentKnowledge"/>: the terms of every unit and every long table cell with the profile's terms (equal
/// to <see cref="DocumentKnowledge.Vocabulary"/> but for a long cell of a number column, whose terms it adds), the
/// profile's terms, the first twelve letters of each name written compact, and the document's year.
/// </summary>
public sealed record DocumentTerms(IReadOnlySet<string> Vocabulary, IReadOnlyList<string> Profile, IReadOnlyList<string> NameHeads, int? Year)
{
    /// <summary>A name this short or shorter is not matched written without spaces (as <c>DocumentSelector</c> does).</summary>
    public const int ShortestHead = 6;

    public const int LongestHead = 12;

    /// <summary>The shortest long table cell that becomes a passage of its own (as <see cref="DocumentKnowledge"/> reads them).</summary>
    private const int LongCell = 8;

    public static DocumentTerms Read(ParsedDocument document)
    {
        var profile = new DocumentProfile(document);
        var vocabulary = new HashSet<string>(StringComparer.Ordinal);
        foreach (var unit in document.Units)
        {
            AddTerms(vocabulary, unit.Text);
        }
        foreach (var table in document.Tables)
        {
            foreach (var cell in table.Rows.SelectMany(r => r.Cells).Where(c => c.Text.Length >= LongCell))
            {
                AddTerms(vocabulary, cell.Text);
            }
        }
        vocabulary.UnionWith(profile.Terms);
        var heads = profile.Compacts.Where(c => c.Length >= ShortestHead).Select(c => c.Length > LongestHead ? c[..LongestHead] : c).ToList();
        return new DocumentTerms(vocabulary, profile.Terms, heads, profile.Year);
    }

    /// <summary>A unit's terms exactly as <see cref="Passage"/> reads them.</summary>
    private static void AddTerms(HashSet<string> vocabulary, string text)
    {
        foreach (var term in TermAnalyzer.Terms(TermAnalyzer.Tokenize(TextNormalizer.Normalize(text))))
        {
            vocabulary.Add(Lexicon.Canonical(term));
        }
    }
}
