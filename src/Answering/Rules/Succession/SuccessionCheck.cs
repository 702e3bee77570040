using System.Text.RegularExpressions;
using Answering.Composing;
using Answering.Contract;
using Answering.Documents;
using Answering.Rules.Writing;
using Corpus.Quantities;
using Knowledge.Language;

namespace Answering.Rules.Succession;

/// <summary>
/// Answers whether a reserve takes a place that falls free (…취소되면 예비 1순위인 X가 승계하나요?, 저희가 X인데 이어받을 수
/// 있나요?) under a succession rule capped per 시·도: reserves are tried in rank order, one whose 시·도 would go over the cap
/// is skipped. The place that falls free is the selected one the question names or the 시·도 it names; when the question
/// names neither and the successor differs with where the place falls free, the answer depends on it.
/// </summary>
public static partial class SuccessionCheck
{
    // An asker also says it as taking the freed place (자리를 채우다, 잇다).
    [GeneratedRegex(@"자리를?\s?(?:채|잇)")]
    private static partial Regex TakesPlace();

    [GeneratedRegex(@"\s")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"예비\s*\(?\s*(?<n>\d+)\s*순위")]
    private static partial Regex RankAsked();

    public static AnswerDraft? Answer(AnswerDraft draft, DocumentMatch match)
    {
        var text = match.Question.Original;
        if (!SuccessionRule.NamesSuccession(text) && !TakesPlace().IsMatch(text) || SuccessionRule.Read(match.Document) is not { } rule)
        {
            return null;
        }
        var compact = Whitespace().Replace(text, "");
        var asked = rule.Reserves.FirstOrDefault(r => compact.Contains(SuccessionRule.Core(r.Name), StringComparison.Ordinal))
            ?? (RankAsked().Match(text) is { Success: true } m ? rule.Reserves.FirstOrDefault(r => r.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture) == m.Groups["n"].Value) : null);
        if (asked is null)
        {
            return null;
        }
        var named = rule.SelectedNames.FirstOrDefault(n => compact.Contains(SuccessionRule.Core(n.Name), StringComparison.Ordinal));
        var freed = named.Name is not null ? named.Region : FreedRegion(text, rule);
        var writer = new SuccessionWriter(draft, match, rule);
        if (freed is not null)
        {
            writer.Decided(asked, freed, named.Name is null ? null : named, Succeed(rule, freed));
            return draft;
        }
        // Where the place falls free decides who succeeds: try every 시·도 that has a selected place.
        var outcomes = rule.Selected.Keys.Where(r => rule.CountIn(r) > 0).Select(r => (Region: r, Chain: Succeed(rule, r))).ToList();
        var succeeds = outcomes.Where(o => o.Chain.Successor == asked).ToList();
        var others = outcomes.Where(o => o.Chain.Successor != asked).ToList();
        if (succeeds.Count == 0 || others.Count == 0)
        {
            var chain = outcomes.FirstOrDefault().Chain;
            if (chain is null)
            {
                return null;
            }
            writer.Always(asked, chain, succeeds.Count > 0);
            return draft;
        }
        writer.Depends(asked, succeeds, others);
        return draft;
    }

    /// <summary>The 시·도 the question says the place falls free in (경남에 있는 선정 기업 한 곳이 포기하면), reserves' names aside.</summary>
    private static string? FreedRegion(string text, SuccessionRule rule)
    {
        foreach (var reserve in rule.Reserves)
        {
            text = text.Replace(SuccessionRule.Core(reserve.Name), "", StringComparison.Ordinal);
        }
        return Regions.In(text).Select(r => r.Region.Short).FirstOrDefault(rule.Selected.ContainsKey);
    }

    /// <summary>The reserves tried in rank order once a place in <paramref name="freed"/> falls free: those skipped, then the one that succeeds.</summary>
    public static SuccessionChain Succeed(SuccessionRule rule, string freed)
    {
        var skipped = new List<Reserve>();
        foreach (var reserve in rule.Reserves)
        {
            var count = rule.CountIn(reserve.Region) - (reserve.Region == freed ? 1 : 0);
            if (count + 1 <= rule.Cap)
            {
                return new SuccessionChain(freed, skipped, reserve);
            }
            skipped.Add(reserve);
        }
        return new SuccessionChain(freed, skipped, null);
    }
}

/// <summary>Who is skipped and who succeeds when a place in <see cref="Freed"/> falls free.</summary>
public sealed record SuccessionChain(string Freed, IReadOnlyList<Reserve> Skipped, Reserve? Successor);
