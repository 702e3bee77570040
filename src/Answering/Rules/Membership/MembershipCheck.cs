using System.Text.RegularExpressions;
using Answering.Composing;
using Answering.Contract;
using Answering.Documents;
using Answering.Rules.Facts;
using Answering.Rules.Writing;
using Knowledge.Language;
using Knowledge.Rules.Lists;

namespace Answering.Rules.Membership;

/// <summary>
/// Answers "is X one of Y?" (경자구역도 혁신거점 유형에 들어가나요?, 벨트형으로도 지정될 수 있나요?) against the lists the document
/// gives: X in the list of Y → yes (depends when the list is only an example or a plan); X absent from a list that ends
/// with 등 → the document does not say; absent from a closed list → no. Abbreviations count as their full names
/// (경자구역 = 경제자유구역).
/// </summary>
public static partial class MembershipCheck
{
    [GeneratedRegex(@"(?<x>[^\s,.?]+(?:\s[^\s,.?]+){0,2}?)(?<p>도|은|는|이|가)\s+(?<y>[^?]+?)(?:에|으로|로)(?:도)?\s*(?:들어가|포함|인정|해당|속하|들어|되나|돼)")]
    private static partial Regex MemberOf();

    [GeneratedRegex(@"(?<x>[가-힣A-Za-z]{2,12}?)(?:으로도|로도|도)\s*(?:지정|인정|선정|신청|지원|포함|허용|가능)")]
    private static partial Regex AlsoAs();

    /// <summary>뽑아도, 받아도 (even if one does): a verb stem closed by a consonant, then 아/어 — a concession, not an item (컨베이어도 is one).</summary>
    private static bool Concession(string word) =>
        word.Length >= 2 && word[^1] is '아' or '어' && word[^2] is >= '가' and <= '힣' && (word[^2] - '가') % 28 != 0;

    public static AnswerDraft? Answer(AnswerDraft draft, DocumentMatch match, AskerFacts facts)
    {
        var lists = match.Document.Rules.Lists;
        if (lists.Count == 0)
        {
            return null;
        }
        var ask = facts.Text[facts.Ask.Start..facts.Ask.End];
        string? item = null;
        string? of = null;
        if (MemberOf().Match(ask) is { Success: true } m && !(m.Groups["p"].Value == "도" && Concession(m.Groups["x"].Value)))
        {
            item = m.Groups["x"].Value;
            of = m.Groups["y"].Value;
        }
        else if (AlsoAs().Match(ask) is { Success: true } a)
        {
            item = a.Groups["x"].Value;
        }
        if (item is null)
        {
            return null;
        }
        var words = Words(item);
        if (words.Count == 0)
        {
            return null;
        }
        // The lists of what the question names (혁신거점), or, when it names none, every list holding the item.
        var candidates = of is null ? lists.Where(l => l.Items.Any(i => Same(i, words))).ToList() : lists.Where(l => Heads(l, of)).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }
        var holding = candidates.FirstOrDefault(l => l.Items.Any(i => Same(i, words)));
        var list = holding ?? candidates[0];
        var eligible = holding is not null ? holding.Tentative ? Eligibility.Depends : Eligibility.Yes : list.Open ? Eligibility.NotInDocument : Eligibility.No;
        var english = draft.English;
        draft.Eligible = eligible;
        draft.Say(Phrases.Verdict(eligible, english));
        var marker = draft.Cite(list.Passage);
        if (list.HeadPassage is { } head)
        {
            draft.Cite(head);
        }
        draft.Say(Phrases.Rule(Shown.Text(list.Passage.Text).TrimEnd('.'), marker, english));
        var shown = item.Trim();
        draft.Say((eligible, english) switch
        {
            (Eligibility.Yes, false) => $"{Josa.With(shown, "은/는")} 이 목록에 들어 있습니다.",
            (Eligibility.Depends, false) => $"{Josa.With(shown, "은/는")} 예시(계획)로 제시된 목록에 들어 있어, 실제 적용은 확정된 기준에 따라 달라집니다.",
            (Eligibility.NotInDocument, false) => $"{Josa.With(shown, "은/는")} 이 목록에 없지만, 목록이 ‘등’으로 끝나 문서만으로는 포함 여부를 알 수 없습니다.",
            (Eligibility.No, false) => $"{Josa.With(shown, "은/는")} 이 목록에 없습니다.",
            (Eligibility.Yes, true) => $"“{shown}” is on this list.",
            (Eligibility.Depends, true) => $"“{shown}” is on a list given only as an example or plan, so it depends on the final rules.",
            (Eligibility.NotInDocument, true) => $"“{shown}” is not on this list, but the list is open-ended (등), so the document does not settle it.",
            _ => $"“{shown}” is not on this list.",
        });
        return draft;
    }

    /// <summary>Whether a list is a list of what the question names: its head written in it, or their words shared.</summary>
    private static bool Heads(ItemList list, string of)
    {
        var head = TextNormalizer.Compact(list.Head);
        var named = TextNormalizer.Compact(of);
        if (head.Length >= 2 && (named.Contains(head, StringComparison.Ordinal) || head.Contains(named, StringComparison.Ordinal)))
        {
            return true;
        }
        var headTerms = TermAnalyzer.Terms(list.Head).Select(Lexicon.Canonical).Where(t => t.Length >= 2).ToHashSet(StringComparer.Ordinal);
        return TermAnalyzer.Terms(of).Select(Lexicon.Canonical).Where(t => t.Length >= 3).Any(headTerms.Contains);
    }

    /// <summary>The item's words, each in its compact and canonical forms (경자구역 → 경제자유구역).</summary>
    private static List<string> Words(string item)
    {
        var words = new List<string>();
        foreach (var word in item.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var compact = TextNormalizer.Compact(word);
            if (compact.Length >= 2)
            {
                words.Add(compact);
                words.Add(Lexicon.Canonical(compact));
            }
        }
        var whole = TextNormalizer.Compact(item);
        words.Add(whole);
        words.Add(Lexicon.Canonical(whole));
        return [.. words.Distinct()];
    }

    private static bool Same(string listed, List<string> words)
    {
        var compact = TextNormalizer.Compact(listed);
        var canonical = Lexicon.Canonical(compact);
        return words.Any(w => w == compact || w == canonical || w.Length >= 3 && compact.Length >= 3 && (compact.EndsWith(w, StringComparison.Ordinal) || w.EndsWith(compact, StringComparison.Ordinal)
                || w.Length > compact.Length && w.Contains(compact, StringComparison.Ordinal)))
            || compact.Split(['·', '/'], StringSplitOptions.RemoveEmptyEntries).Any(part => words.Contains(part) || words.Contains(Lexicon.Canonical(part)));
    }
}
