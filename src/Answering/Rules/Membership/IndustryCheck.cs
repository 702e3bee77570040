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
/// The trade the asker names (창고업을 하는데, 음식점업도) checked against the trades a call lets apply (제조업, 도·소매업,
/// 운수·창고업을 영위하는 기업): a trade missing from a closed list fails the asker; a trade on it meets that rule, and is the
/// answer when no other rule of the document decides. A list of excluded trades works the other way round.
/// </summary>
public static partial class IndustryCheck
{
    /// <summary>Words ending in 업 that name no trade (기업, 사업, 창업, 휴업 …) or only a kind of company (중소기업, 지원사업).</summary>
    [GeneratedRegex(@"(?:기업|사업|산업|창업|영업|작업|졸업|휴업|폐업|협업|분업|수업|취업|실업|조업|개업|본업|겸업)$")]
    private static partial Regex NotATrade();

    [GeneratedRegex(@"[가-힣]{1,7}업(?=[을를이가은는도으로로에의과와이나,.\s)?]|$)")]
    private static partial Regex TradeWord();

    /// <summary>The verdict when the asker's trade decides alone: no for a trade the lists leave out, null otherwise.</summary>
    public static AnswerDraft? Fails(AnswerDraft draft, DocumentMatch match, AskerFacts facts) =>
        Judge(match, facts) is { Listed: false } judged ? Write(draft, judged.List, judged.Trade, Eligibility.No) : null;

    /// <summary>Yes for a trade on the list of trades that may apply, when no other rule decided.</summary>
    public static AnswerDraft? Meets(AnswerDraft draft, DocumentMatch match, AskerFacts facts) =>
        Judge(match, facts) is { Listed: true } judged ? Write(draft, judged.List, judged.Trade, Eligibility.Yes) : null;

    private static (ItemList List, string Trade, bool Listed)? Judge(DocumentMatch match, AskerFacts facts)
    {
        var lists = match.Document.Rules.Lists.Where(l => l.Head == ListReader.IndustryHead && !l.Tentative).ToList();
        if (lists.Count == 0)
        {
            return null;
        }
        var trades = TradeWord().Matches(facts.Text).Select(m => m.Value).Where(w => w.Length >= 3 && !NotATrade().IsMatch(w)).Distinct().ToList();
        foreach (var trade in trades)
        {
            if (lists.FirstOrDefault(l => l.Excludes && l.Items.Any(i => Holds(i, trade))) is { } excluded)
            {
                return (excluded, trade, false);
            }
            var allowed = lists.Where(l => !l.Excludes).ToList();
            if (allowed.FirstOrDefault(l => l.Items.Any(i => Holds(i, trade))) is { } listed)
            {
                return (listed, trade, true);
            }
            if (allowed.FirstOrDefault(l => !l.Open) is { } closed)
            {
                return (closed, trade, false);
            }
        }
        return null;
    }

    /// <summary>Whether a listed trade is the asker's: 운수·창고업 holds 창고업 and 운수업; 도·소매업 holds 소매업 and 도매업.</summary>
    private static bool Holds(string listed, string trade)
    {
        var names = new List<string> { TextNormalizer.Compact(listed) };
        var parts = listed.Split('·', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length >= 2 && parts[^1].EndsWith('업'))
        {
            var last = parts[^1];
            names.Add(last);
            // Each part before the last shares its ending: 운수 + (창고)업, 도 + (소)매업.
            names.AddRange(parts[..^1].Where(p => p.Length < last.Length).Select(p => p + last[p.Length..]));
        }
        var asked = TextNormalizer.Compact(trade);
        return names.Any(n => n == asked || asked.Length >= 3 && n.Length >= 3 && (asked.EndsWith(n, StringComparison.Ordinal) || n.EndsWith(asked, StringComparison.Ordinal)));
    }

    private static AnswerDraft Write(AnswerDraft draft, ItemList list, string trade, string eligible)
    {
        var english = draft.English;
        draft.Eligible = eligible;
        draft.Say(Phrases.Verdict(eligible, english));
        var marker = draft.Cite(list.Passage);
        draft.Say(Phrases.Rule(Shown.Text(list.Passage.Text).TrimEnd('.'), marker, english));
        var onList = eligible == Eligibility.Yes != list.Excludes;
        draft.Say((onList, list.Excludes, english) switch
        {
            (true, false, false) => $"{Josa.With(trade, "은/는")} 신청할 수 있는 업종({string.Join(", ", list.Items)})에 들어 있습니다.",
            (false, false, false) => $"{Josa.With(trade, "은/는")} 신청할 수 있는 업종({string.Join(", ", list.Items)})에 들어 있지 않습니다.",
            (_, true, false) => $"{Josa.With(trade, "은/는")} 제외되는 업종({string.Join(", ", list.Items)})에 해당합니다.",
            (true, false, true) => $"{trade} is one of the trades that may apply ({string.Join(", ", list.Items)}).",
            (false, false, true) => $"{trade} is not one of the trades that may apply ({string.Join(", ", list.Items)}).",
            _ => $"{trade} is one of the excluded trades ({string.Join(", ", list.Items)}).",
        });
        return draft;
    }
}
