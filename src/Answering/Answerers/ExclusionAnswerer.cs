using System.Text.RegularExpressions;
using Answering.Composing;
using Answering.Documents;
using Answering.Evidence;
using Answering.Understanding;

namespace Answering.Answerers;

/// <summary>
/// Answers what a programme leaves out (지원하지 않는 설비는?, 신청할 수 없는 기업은?, 결제 안 되는 항목은?, which equipment is not supported?):
/// among the passages that carry the question, the one that denies the asked verb (…설비는 지원하지 않습니다; 다음에 해당하는
/// 기업은 신청할 수 없습니다, with the items listed under it), not the passage that only names the programme.
/// </summary>
public static partial class ExclusionAnswerer
{
    private const double MinCoverage = 0.3;
    private const int MaxItems = 8;

    // "결제 안 되는", "사용할 수 없는": a voucher's uses are denied as often as a programme's support.
    [GeneratedRegex(@"(?<verb>지원|신청|참여|보조|인정|선정|결제|사용|구매|지급)(?:하|되|받|할|을|될)?(?:지\s?(?:않|못)|\s?수\s?없|\s?안\s?(?:되|돼|됨))|(?<verb>지원|신청|참여|보조|인정|선정|결제|사용|구매|지급)\s?(?:제외|불가)|(?:못|안)\s?(?<verb>받)|(?<verb>받)(?:을)?\s?수\s?없")]
    private static partial Regex DeniedVerb();

    [GeneratedRegex(@"어떤|무엇|뭐|어느|무슨|종류|목록|대상은|대상이")]
    private static partial Regex AsksWhich();

    public static bool Applies(Question question) => DeniedVerb().IsMatch(question.Text) && AsksWhich().IsMatch(question.Text) && !question.IsClaim;

    public static AnswerDraft? Answer(DocumentMatch match)
    {
        var verb = DeniedVerb().Match(match.Question.Text).Groups["verb"].Value;
        foreach (var found in PassageSearch.Rank(match).Where(p => p.Coverage >= MinCoverage))
        {
            var passage = PassageAnswerer.AnswerTo(match, found.Passage);
            // "못 받는 업종": being given is what every denied verb of a programme takes away (신청할 수 없는, 지원하지 않는).
            if (!DeniedVerb().Matches(passage.Text).Any(m => m.Groups["verb"].Value == verb || verb == "받"))
            {
                continue;
            }
            var draft = new AnswerDraft(match.Question, "lookup");
            draft.Focus.Document = match.Document.Name;
            var quotes = new List<string> { $"“{Shown.Text(passage.Text.TrimStart('□', '○', '-', '*', ' '))}” {draft.Cite(passage)}" };
            // 다음에 해당하는 기업은 신청할 수 없습니다: what it excludes is listed under it.
            foreach (var item in match.Document.Passages.Where(p => p.Unit.Parent == passage.Unit.Index && p != passage).Take(MaxItems))
            {
                quotes.Add($"“{Shown.Text(item.Text.TrimStart('□', '○', '-', '*', ' '))}” {draft.Cite(item)}");
            }
            draft.Say(draft.English ? $"The document says: {string.Join(" ", quotes)}" : $"문서에는 이렇게 나와 있습니다. {string.Join(" ", quotes)}");
            return draft;
        }
        return null;
    }
}
