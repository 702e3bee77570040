using System.Text.RegularExpressions;
using Answering.Composing;
using Answering.Contract;
using Answering.Documents;
using Answering.Rules.Facts;
using Answering.Rules.Writing;
using Knowledge.Language;

namespace Answering.Rules.Membership;

/// <summary>
/// A member the programme requires (컨소시엄(기업 참여 필수), 반드시 병원이 참여) and an asker who says they go without it
/// (기업 없이도 되나요?, 병원은 빼고): no, with the requirement quoted. Only under a heading of the programme asked about.
/// </summary>
public static partial class RequiredMemberCheck
{
    /// <summary>X 참여 필수, X 포함 의무, 반드시 X이 참여.</summary>
    [GeneratedRegex(@"(?<x>[가-힣A-Za-z]{2,10})\s?(?:의\s)?(?:참여|포함|참가)\s?(?:필수|의무)|(?:반드시|꼭)\s?(?<x>[가-힣A-Za-z]{2,10}?)(?:이|가|을|를)?\s?(?:참여|포함|참가)")]
    private static partial Regex Required();

    /// <summary>The asker going without X: X 없이, X 없는, X(은|는|이|가) 없, X(은|는|을|를) 빼고, X 제외하고.</summary>
    [GeneratedRegex(@"(?<x>[가-힣A-Za-z]{2,10}?)(?:은|는|이|가|을|를)?\s?(?:없이|없는|없어|없고|없습|빼고|빼서|제외하고|안\s?넣고)")]
    private static partial Regex Without();

    public static AnswerDraft? Answer(AnswerDraft draft, DocumentMatch match, AskerFacts facts)
    {
        var lacking = Without().Matches(facts.Text).Select(m => Lexicon.Canonical(m.Groups["x"].Value)).ToHashSet(StringComparer.Ordinal);
        if (lacking.Count == 0)
        {
            return null;
        }
        foreach (var passage in ProgrammePassages.Of(match, facts))
        {
            foreach (Match m in Required().Matches(passage.Text))
            {
                var member = m.Groups["x"].Value;
                if (!lacking.Contains(Lexicon.Canonical(member)))
                {
                    continue;
                }
                QuotedRule.Write(draft, passage, Eligibility.No);
                draft.Say(draft.English
                    ? $"The document requires “{member}” to take part, and you say you would go without it."
                    : $"문서는 {Josa.With(member, "이/가")} 반드시 참여해야 한다고 정하고 있는데, 말씀하신 구성에는 {Josa.With(member, "이/가")} 없습니다.");
                return draft;
            }
        }
        return null;
    }
}
