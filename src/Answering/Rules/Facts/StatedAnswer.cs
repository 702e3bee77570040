using System.Text.RegularExpressions;
using Answering.Answerers;
using Answering.Composing;
using Answering.Contract;
using Answering.Documents;
using Answering.Evidence;
using Answering.Rules.Writing;

namespace Answering.Rules.Facts;

/// <summary>
/// Where the document answers the asker's case in words rather than by a rule with bounds: a FAQ whose answer line opens
/// with no or yes (Q. 부가가치세도 지원되나요? A. 아니요. …) for the question it carries almost whole, or a passage that
/// denies what is asked (지원하지 않습니다) of a thing the asker names (리스·렌탈 설비는 지원하지 않습니다 for 렌탈로 들여오는).
/// </summary>
public static partial class StatedAnswer
{
    /// <summary>How much of the question a FAQ must carry for its answer line to be the answer.</summary>
    private const double FaqCoverage = 0.85;

    /// <summary>How much of the question a passage must carry for its denial to count.</summary>
    private const double DenialCoverage = 0.25;

    /// <summary>How far before a denial the asker's thing may stand in its sentence.</summary>
    private const int DenialReach = 40;

    private static readonly HashSet<string> Generic =
    [
        "신청", "지원", "가능", "참여", "선정", "기업", "사업", "대상", "요건", "기준", "해당", "받", "수", "비용", "금액", "도입", "구매",
    ];

    [GeneratedRegex(@"(?<verb>지원|신청|참여|보조|인정|선정|허용)(?:하|되|해|받|을|할|될)?(?:지\s?(?:않|못)|\s?수\s?없)[가-힣]*")]
    private static partial Regex Denial();

    /// <summary>A FAQ answer line that says no (or yes) to the question it carries: the verdict, quoted.</summary>
    public static AnswerDraft? Faq(AnswerDraft draft, DocumentMatch match, bool yes)
    {
        var best = PassageSearch.Rank(match).FirstOrDefault();
        if (best is null || best.Coverage < FaqCoverage)
        {
            return null;
        }
        var line = PassageAnswerer.AnswerTo(match, best.Passage);
        if (FaqLines.Opening().Match(line.Text) is not { Success: true } opening || opening.Groups["yes"].Success != yes)
        {
            return null;
        }
        return Write(draft, line, yes ? Eligibility.Yes : Eligibility.No);
    }

    /// <summary>A passage carrying the question that denies what it asks of a thing the asker names: no, quoted.</summary>
    public static AnswerDraft? Denied(AnswerDraft draft, DocumentMatch match, AskerFacts facts)
    {
        // What the asker says of their case (렌탈로 들여오는 무인운반차도), not the words that ask (지원받을 수 있어요).
        var named = facts.Terms.Where(t => t.Length >= 2 && !Generic.Contains(t) && !facts.ProgrammeTerms.Contains(t) && facts.Statements.Contains(t, StringComparison.Ordinal)).ToList();
        var asked = facts.Text[facts.AskPredicate..facts.Ask.End];
        if (named.Count == 0 || NegativeAsk().IsMatch(asked))
        {
            return null;
        }
        foreach (var found in PassageSearch.Rank(match).Where(p => p.Coverage >= DenialCoverage).Take(5))
        {
            var passage = PassageAnswerer.AnswerTo(match, found.Passage);
            foreach (Match denial in Denial().Matches(passage.Text))
            {
                if (!Asks(asked, denial.Groups["verb"].Value))
                {
                    continue;
                }
                var from = Math.Max(Math.Max(0, denial.Index - DenialReach), passage.Text.LastIndexOf('.', Math.Max(0, denial.Index - 1)) + 1);
                var before = passage.Text[from..denial.Index];
                if (named.Any(t => before.Contains(t, StringComparison.Ordinal)))
                {
                    // …참여할 수 없습니다. 수출바우처 협약을 포기하면 신청할 수 있으나 …: a way out the asker has not said they take.
                    return Write(draft, passage, WayOut().IsMatch(passage.Text[(denial.Index + denial.Length)..]) ? Eligibility.Depends : Eligibility.No);
                }
            }
        }
        return null;
    }

    /// <summary>After a denial, a condition that lets one in after all (…을 포기하면 신청할 수 있으나).</summary>
    [GeneratedRegex(@"(?:하면|으면|이면|되면|한\s?경우(?:에는)?)\s?(?:신청|참여|지원받을|지원)[가-힣]*\s?수\s?있")]
    private static partial Regex WayOut();

    /// <summary>Applying and taking part are one question (참여할 수 없습니다 answers 신청할 수 있어?).</summary>
    private static bool Asks(string asked, string verb) =>
        asked.Contains(verb, StringComparison.Ordinal) || verb is "신청" or "참여" && (asked.Contains("신청", StringComparison.Ordinal) || asked.Contains("참여", StringComparison.Ordinal));

    [GeneratedRegex(@"않|없|못|안\s|불가|아니")]
    private static partial Regex NegativeAsk();

    private static AnswerDraft Write(AnswerDraft draft, Knowledge.Documents.Passage passage, string eligible) => QuotedRule.Write(draft, passage, eligible);
}
