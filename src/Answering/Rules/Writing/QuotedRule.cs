using Answering.Composing;
using Knowledge.Documents;

namespace Answering.Rules.Writing;

/// <summary>A verdict read from one passage of the rules: the verdict, then the rule quoted and cited.</summary>
public static class QuotedRule
{
    public static AnswerDraft Write(AnswerDraft draft, Passage passage, string eligible)
    {
        draft.Eligible = eligible;
        draft.Say(Phrases.Verdict(eligible, draft.English));
        draft.Say(Phrases.Rule(Shown.Text(passage.Text).TrimEnd('.'), draft.Cite(passage), draft.English));
        return draft;
    }
}
