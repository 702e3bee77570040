using Corpus.Quantities;
using Knowledge.Documents;
using Knowledge.Rules.Scopes;

namespace Knowledge.Rules.Reading;

/// <summary>Where a sentence stands: its passage, the scope its label and headings give, the outcome its headings state, the document's year.</summary>
public sealed record RuleContext(Passage Passage, RuleScope Scope, Outcome? HeadingOutcome, IReadOnlyList<string> Terms, int Year)
{
    public Unit? BareUnit { get; init; }
}
