using Answering.Documents;
using Knowledge.Documents;

namespace Answering.Rules.Facts;

/// <summary>
/// The passages of the programme the asker asks about: those whose headings (and, where the rule may name it itself, own
/// words) share enough of the question's terms. One document may rule one way for one programme and otherwise for another.
/// </summary>
public static class ProgrammePassages
{
    /// <summary>How many of the question's terms a passage must share to be about the programme asked.</summary>
    private const int TermsShared = 2;

    public static IEnumerable<Passage> Of(DocumentMatch match, AskerFacts facts, bool headingsOnly = false)
    {
        var questionTerms = facts.Terms.ToHashSet(StringComparer.Ordinal);
        return match.Document.Passages.Where(p =>
            (headingsOnly ? p.HeadingTerms : p.HeadingTerms.Concat(p.Terms).Distinct()).Count(questionTerms.Contains) >= TermsShared);
    }
}
