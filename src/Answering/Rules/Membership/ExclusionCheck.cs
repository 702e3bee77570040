using System.Text.RegularExpressions;
using Answering.Composing;
using Answering.Contract;
using Answering.Documents;
using Answering.Rules.Facts;
using Answering.Rules.Writing;
using Knowledge.Documents;
using Knowledge.Language;

namespace Answering.Rules.Membership;

/// <summary>
/// Groups a programme shuts out by name, and the asker in one of them: 수도권(서울·경기·인천)은 지원 대상에서 제외 for a
/// 경기도 asker, 중앙행정기관은 지원 대상 아님 for a 중앙부처 소속기관, or a place condition that denies (본사가
/// 수도권(서울·경기·인천)에 있으면 … 가점을 받을 수 없습니다 for 본사 서울). Only under a heading of the programme asked about:
/// the same document may shut a group out of one programme and not of another.
/// </summary>
public static partial class ExclusionCheck
{
    /// <summary>How far after the asker's subject (본사) the place they state for it may stand (본사 서울 강서구, 본사는 서울에).</summary>
    private const int PlaceReach = 8;

    /// <summary>X은 (지원) 대상에서 제외, X는 지원 대상 아님 / 대상이 아닙니다.</summary>
    [GeneratedRegex(@"(?<who>[^,:;.()]+(?:\([^)]*\))?[^,:;.()]*?)(?:은|는)\s*(?:(?:지원|신청|참여|사업|선정)\s?)?대상(?:에서\s?(?:제외|빠짐)|(?:이)?\s?(?:아님|아닙니다|아니다|아니며|아니고))")]
    private static partial Regex Excluded();

    /// <summary>Y가 Z에 있으면 … W을 받을 수 없습니다: a place condition that denies W.</summary>
    [GeneratedRegex(@"(?<subject>[가-힣]{2,6})(?:이|가)\s?(?<where>[^,.]+?)에\s?(?:있으면|소재하면|위치하면)[^.]*?(?<what>[가-힣]{2,8}?)(?:을|를)?\s?(?:받을|받으실|신청할|지원받을)\s?수\s?없")]
    private static partial Regex PlaceDenies();

    /// <summary>A list marker or bullet before the group (1) 수도권, 라. 제한사항: …).</summary>
    [GeneratedRegex(@"^\s*(?:\d+\)|[가-하]\.|[○□◦\-·※*]|\(\d+\))\s*")]
    private static partial Regex Marker();

    /// <summary>Words that ask whether one is shut out rather than let in (제외되나요?): the rule would answer yes, not no.</summary>
    [GeneratedRegex(@"제외|않|없|못|안\s?되|불가|아니|아닌")]
    private static partial Regex NegativeAsk();

    [GeneratedRegex(@"신청|지원|참여|제안|선정|받|가능|대상|응모|들어가")]
    private static partial Regex TakesPart();

    /// <summary>Terms too common to name a group (기관 alone is every body).</summary>
    private static readonly HashSet<string> Generic = ["기관", "기업", "대상", "지원", "사업", "신청", "참여", "제외", "경우"];

    public static AnswerDraft? Answer(AnswerDraft draft, DocumentMatch match, AskerFacts facts)
    {
        var asked = facts.Text[facts.Ask.Start..facts.Ask.End];
        if (!TakesPart().IsMatch(asked) || NegativeAsk().IsMatch(asked[(facts.AskPredicate - facts.Ask.Start)..]))
        {
            return null;
        }
        var questionTerms = facts.Terms.ToHashSet(StringComparer.Ordinal);
        foreach (var passage in ProgrammePassages.Of(match, facts, headingsOnly: true))
        {
            foreach (Match m in Excluded().Matches(passage.Text))
            {
                var who = Marker().Replace(m.Groups["who"].Value, "").Trim();
                if (Within(who, facts, questionTerms) is { } named)
                {
                    return Write(draft, passage, who, named);
                }
            }
            foreach (Match m in PlaceDenies().Matches(passage.Text))
            {
                if (asked.Contains(m.Groups["what"].Value, StringComparison.Ordinal)
                    && PlacedIn(m.Groups["subject"].Value, m.Groups["where"].Value, facts.Text) is { } named)
                {
                    return Write(draft, passage, m.Groups["where"].Value.Trim(), named);
                }
            }
        }
        return null;
    }

    /// <summary>What the asker says they are that the group takes in: one of its 시·도 (or its 권역), or its name in other words.</summary>
    private static string? Within(string who, AskerFacts facts, HashSet<string> questionTerms)
    {
        foreach (var region in facts.Question.Regions)
        {
            if (Holds(who, region))
            {
                return region.Short;
            }
        }
        var compact = TextNormalizer.Compact(who);
        var whoTerms = TermAnalyzer.Terms(who).Select(Lexicon.Canonical).Append(Lexicon.Canonical(compact))
            .Where(t => t.Length >= 3 && !Generic.Contains(t));
        return whoTerms.FirstOrDefault(questionTerms.Contains) is { } term ? Shown(term, facts) : null;
    }

    /// <summary>Whether a group written as places (수도권(서울·경기·인천), 수도권) holds a 시·도 — 비수도권 does not hold 서울.</summary>
    private static bool Holds(string group, Region region)
    {
        if (Regions.In(group).Any(r => r.Region == region))
        {
            return true;
        }
        var at = group.IndexOf(region.Area, StringComparison.Ordinal);
        return at >= 0 && !(at > 0 && group[at - 1] == '비');
    }

    /// <summary>The asker's place for the rule's subject (본사 서울 …) when it lies in the rule's place: the place as they wrote it.</summary>
    private static string? PlacedIn(string subject, string where, string text)
    {
        var at = text.IndexOf(subject, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }
        var from = at + subject.Length;
        var stop = text.IndexOfAny([',', '.', '?'], from);
        var reach = Math.Min(stop < 0 ? text.Length : stop, from + PlaceReach);
        var stated = Regions.In(text[from..reach]).FirstOrDefault();
        return stated.Region is { } region && Holds(where, region) ? text.Substring(from + stated.Start, stated.Length) : null;
    }

    /// <summary>The asker's own word for a canonical term (중앙부처 for 중앙행정기관), so the answer speaks as they did.</summary>
    private static string Shown(string canonical, AskerFacts facts) =>
        TermAnalyzer.Terms(facts.Text).FirstOrDefault(t => Lexicon.Canonical(t) == canonical) ?? canonical;

    private static AnswerDraft Write(AnswerDraft draft, Passage passage, string group, string named)
    {
        QuotedRule.Write(draft, passage, Eligibility.No);
        draft.Say(draft.English
            ? $"“{named}” falls under “{group}”, which the document leaves out."
            : $"말씀하신 {Josa.With(named, "은/는")} 제외되는 ‘{group}’에 해당합니다.");
        return draft;
    }
}
