using System.Text.RegularExpressions;
using Answering.Composing;
using Answering.Contract;
using Answering.Documents;
using Answering.Evidence;

namespace Answering.Answerers;

/// <summary>
/// "한도는 정부지원금 기준이라 …" against "바우처 한도는 정부지원금과 자부담금을 합한 총사업비 기준입니다": what a thing is
/// reckoned on is the word the document writes right before 기준 in the sentence about that thing, not any word the two share.
/// </summary>
public static partial class ClaimAnswerer
{
    private static bool BasisClaim(DocumentMatch match, IReadOnlyList<PassageMatch> passages, AnswerDraft draft)
    {
        var question = match.Question;
        if (Basis().Match(question.Text) is not { Success: true } claimed
            || Topic().Match(question.Text[..claimed.Index]) is not { Success: true } topic)
        {
            return false;
        }
        var (thing, basis) = (topic.Groups[1].Value, claimed.Groups[1].Value);
        foreach (var found in passages.Where(p => p.Coverage >= Carries).Take(8))
        {
            foreach (var sentence in SentenceBreak().Split(found.Passage.Text))
            {
                // The sentence must be about the same thing: it writes it as its topic (한도는) before its 기준.
                if (Basis().Match(sentence) is not { Success: true } stated
                    || !Regex.IsMatch(sentence[..stated.Index], Regex.Escape(thing) + @"(?:은|는|이|가)\s"))
                {
                    continue;
                }
                var said = stated.Groups[1].Value;
                var holds = said == basis;
                var marker = draft.Cite(found.Passage);
                var quote = Shown.Row(Shown.Text(sentence.Trim()));
                draft.Verdict = holds ? Verdicts.Supported : Verdicts.Refuted;
                draft.Say(draft.English
                    ? (holds ? $"Yes. The document says: “{quote}” {marker}" : $"No — the document reckons it on {said}, not {basis}: “{quote}” {marker}")
                    : (holds ? $"네, 맞습니다. 문서에 이렇게 나와 있습니다. “{quote}” {marker}"
                        : $"사실과 다릅니다. 문서에는 {Josa.With(basis, "이/가")} 아니라 {said} 기준으로 되어 있습니다. “{quote}” {marker}"));
                return true;
            }
        }
        return false;
    }

    /// <summary>The word right before 기준 (총사업비 기준, 정부지원금 기준이라).</summary>
    [GeneratedRegex(@"([가-힣]{2,})\s기준(?:입니다|이다|이라|으로|이며|이고|임|$|\s)")]
    private static partial Regex Basis();

    /// <summary>The claim's topic before its basis: the last word it marks with 은/는 (한도는).</summary>
    [GeneratedRegex(@"([가-힣]{2,})(?:은|는)\s(?!.*[가-힣]{2,}(?:은|는)\s)")]
    private static partial Regex Topic();
}
