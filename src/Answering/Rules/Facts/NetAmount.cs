using System.Text.RegularExpressions;
using Answering.Documents;
using Knowledge.Documents;
using Knowledge.Language;
using Knowledge.Rules.Conditions;

namespace Answering.Rules.Facts;

/// <summary>
/// A part of the asker's amount that the document leaves out of what its bounds count (페트 원료 6,000톤, 그중 1,500톤은
/// 수출 전용 → "…사용량을 산정할 때 … 수출 전용 제품 용기에 사용한 원료는 제외한다"): the total, the part, the amount net of it,
/// where the exclusion is written, and the condition the exclusion is limited to (다만, … 통관 서류로 … 확인되는 물량에
/// 한정한다) with whether the asker says it holds (true), says it does not (false), or leaves it open (null).
/// </summary>
public sealed record NetAmount(AskerFact Total, AskerFact Part, AskerFact Net, Passage Exclusion, string? Condition, Passage? ConditionPassage, bool? ConditionHolds)
{
    /// <summary>The subtraction as a formula writes it (6000 - 1500).</summary>
    public string Formula => $"{Composing.Amounts.Plain(Total.Value)} - {Composing.Amounts.Plain(Part.Unit.Convert(Part.Value, Total.Unit))}";
}

/// <summary>
/// Finds a <see cref="NetAmount"/> in a question: an amount stated as part of the one before it (그중 60MWh는, 330MWh 중
/// 50MWh는) whose own words (기숙사, 수출용) are named by a passage that leaves them out of a count (제외한다, 뺀다).
/// </summary>
public static partial class NetAmounts
{
    [GeneratedRegex(@"(?:그\s?중|가운데|(?<![가-힣])중)(?:에서|에)?\s*$")]
    private static partial Regex PartMarker();

    [GeneratedRegex(@"제외|뺀다|빼고|뺀\s|차감|포함하지\s?않")]
    private static partial Regex Excludes();

    /// <summary>An exclusion limited to a case: 다만, … 물량에 한정한다; 단, … 전력에 한하여 뺀다.</summary>
    [GeneratedRegex(@"(?:다만|단)\s*,\s*(?<cond>[^.]*?)(?:에|으로|로)?\s*한(?:하여|한다|정한다|정하여|정함|함)")]
    private static partial Regex Limited();

    /// <summary>The asker is not sure yet (아직, 모르겠어요, 확인 중): the condition is open, not denied.</summary>
    [GeneratedRegex(@"아직|모르|몰라|확인\s?중|확인해\s?봐|불확실|미정|준비\s?중|진행\s?중")]
    private static partial Regex Unsure();

    private static readonly HashSet<string> GenericWords = ["확인", "사실", "경우", "해당", "대상", "물량", "사용", "구분", "포함", "제외"];

    public static NetAmount? Read(DocumentMatch match, AskerFacts facts)
    {
        var numbers = facts.Numbers.Where(n => n.Unit != RuleAmounts.Date && n.Unit.Family != Corpus.Quantities.UnitFamily.Percent).OrderBy(n => n.Start).ToList();
        for (var i = 1; i < numbers.Count; i++)
        {
            var (total, part) = (numbers[i - 1], numbers[i]);
            if (!total.Unit.SameFamily(part.Unit) || part.Start < total.End || !PartMarker().IsMatch(facts.Text[total.End..part.Start]))
            {
                continue;
            }
            var partValue = part.Unit.Convert(part.Value, total.Unit);
            if (partValue <= 0 || partValue >= total.Value)
            {
                continue;
            }
            var own = OwnWords(part, total);
            if (own.Count == 0 || Exclusion(match, own, total) is not { } exclusion)
            {
                continue;
            }
            var (condition, conditionPassage) = Condition(match, exclusion, own);
            var holds = condition is null ? true : Holds(facts, condition, exclusion, own);
            var net = total.Value - partValue;
            var netFact = total with { Value = net, Written = Composing.Amounts.Format(net, total.Unit) };
            return new NetAmount(total, part, netFact, exclusion, condition, conditionPassage, holds);
        }
        return null;
    }

    /// <summary>What the part is (수출 전용, 기숙사), in words the total does not use.</summary>
    private static List<string> OwnWords(AskerFact part, AskerFact total)
    {
        var totalWords = total.Words.Concat(Evaluation.FactMatcher.RawWords(total.Around)).ToHashSet(StringComparer.Ordinal);
        return [.. part.Words.Concat(Evaluation.FactMatcher.RawWords(part.Around)).Where(w => w.Length >= 2 && !totalWords.Contains(w) && !GenericWords.Contains(w)).Distinct()];
    }

    private static bool Names(string text, string word) =>
        text.Contains(word, StringComparison.Ordinal) || word.Length >= 3 && text.Contains(word[..2], StringComparison.Ordinal);

    /// <summary>The passage that leaves the part out of a count, preferring one that also names what the total counts.</summary>
    private static Passage? Exclusion(DocumentMatch match, List<string> own, AskerFact total) =>
        match.Document.Passages
            .Where(p => Excludes().IsMatch(p.Text) && own.Any(w => Names(p.Text, w)))
            .OrderByDescending(p => own.Count(w => Names(p.Text, w)) * 2 + total.Words.Count(w => w.Length >= 2 && p.Text.Contains(w, StringComparison.Ordinal)))
            .FirstOrDefault();

    /// <summary>What the exclusion is limited to, from its own passage or another naming the part (- 단, 수출 전용 제품은 … 한하여 제외).</summary>
    private static (string?, Passage?) Condition(DocumentMatch match, Passage exclusion, List<string> own)
    {
        foreach (var passage in match.Document.Passages.Where(p => p == exclusion).Concat(match.Document.Passages.Where(p => p != exclusion && own.Any(w => Names(p.Text, w)))))
        {
            if (Limited().Match(passage.Text) is { Success: true } m)
            {
                return (m.Groups["cond"].Value.Trim(), passage);
            }
        }
        return (null, null);
    }

    /// <summary>
    /// Whether the asker says the condition holds: its own words (통관 서류; 별도 전력량계) stated plainly hold, denied
    /// (계량기가 없어서) fail, stated as not yet known (아직 정리가 안 됐는데; 있는지 모르겠어요) or unsaid leave it open.
    /// </summary>
    private static bool? Holds(AskerFacts facts, string condition, Passage exclusion, List<string> own)
    {
        var body = Limited().Match(exclusion.Text) is { Success: true } m ? exclusion.Text[..m.Index] : exclusion.Text;
        var bodyTerms = TermAnalyzer.Terms(body).Select(Lexicon.Canonical).ToHashSet(StringComparer.Ordinal);
        var distinct = TermAnalyzer.Terms(condition).Select(Lexicon.Canonical)
            .Where(t => t.Length >= 2 && !bodyTerms.Contains(t) && !own.Contains(t) && !GenericWords.Contains(t)).Distinct().ToList();
        var states = new List<bool?>();
        foreach (var term in distinct)
        {
            foreach (var at in Mentions.Positions(facts.Text, term))
            {
                var clause = facts.Text[at..Math.Min(facts.Text.Length, at + 24)];
                states.Add(Unsure().IsMatch(clause) ? null : !Negation.IsDenied(facts.Text, at));
            }
        }
        return states.Count == 0 || states.Contains(null) ? null : states.Contains(false) ? false : true;
    }
}
