using System.Text.RegularExpressions;
using Answering.Composing;
using Answering.Contract;
using Answering.Documents;
using Answering.Rules.Facts;
using Answering.Rules.Writing;
using Knowledge.Documents;

namespace Answering.Rules.History;

/// <summary>
/// Limits on how often one may receive a programme within a span of years, and the asker's past awards counted in it:
/// 최근 3년(’23~’25년) 동안 2회 이상 지원받은 기업은 신청할 수 없습니다 against ’23년이랑 ’25년에 받은 (two: no) or ’24년에 한 번
/// (one: yes), and 동일 기관은 ’26~’28년 3년간 1회만 지원 against ’26년에 받았는데 ’27년에 또 (the one award taken: no).
/// </summary>
public static partial class RepeatAwardCheck
{
    /// <summary>N회 이상 (지원)받은 … 신청할 수 없습니다: N awards in the span shut one out.</summary>
    [GeneratedRegex(@"(?<n>\d+)\s?회\s?이상\s?(?:[가-힣]+\s)?(?:지원을?\s?받은|지원받은|수혜한|수혜받은|선정된|받은)[^.]*?(?:신청할\s?수\s?없|신청\s?불가|참여할\s?수\s?없|지원하지\s?않|제외)")]
    private static partial Regex AtLeastShutsOut();

    /// <summary>N회만 지원, N회까지만 선정, N회에 한하여: at most N awards in the span, the one applied for included.</summary>
    [GeneratedRegex(@"(?<n>\d+)\s?회\s?(?:만|까지만|에\s?한하여|에\s?한해|로\s?제한)\s?(?:지원|선정|신청|수혜|참여)")]
    private static partial Regex AtMost();

    /// <summary>A span of years written as a range (’23~’25년, 2026~2028년).</summary>
    [GeneratedRegex(@"['’‘]?(?<a>\d{4}|\d{2})\s?[~∼\-]\s?['’‘]?(?<b>\d{4}|\d{2})\s?년")]
    private static partial Regex YearRange();

    /// <summary>What says the asker received it (받았는데, 지원받은, 수혜, 선정됐).</summary>
    [GeneratedRegex(@"받았|받은|받아서|받고|지원받|수혜|선정됐|선정되었|선정된|수령")]
    private static partial Regex Received();

    /// <summary>What asks about applying now (신청, 넣어도, 받을 수): a year before it is when they apply, not an award.</summary>
    [GeneratedRegex(@"신청|넣|응모|지원할|받을\s?수|받을까|받아도|가능")]
    private static partial Regex Applying();

    /// <summary>Words that only join one year to the next (’23년이랑 ’25년에): the two share what follows.</summary>
    [GeneratedRegex(@"^\s*(?:년|년도)?\s*(?:에도|에|이랑|랑|과|와|하고|및|,|그리고|\s)*\s*$")]
    private static partial Regex Joiner();

    [GeneratedRegex(@"신청|지원|참여|넣|받|가능|선정|응모")]
    private static partial Regex TakesPart();

    public static AnswerDraft? Answer(AnswerDraft draft, DocumentMatch match, AskerFacts facts)
    {
        var asked = facts.Text[facts.Ask.Start..facts.Ask.End];
        if (!TakesPart().IsMatch(asked))
        {
            return null;
        }
        var awards = AwardYears(facts);
        if (awards.Count == 0)
        {
            return null;
        }
        foreach (var passage in ProgrammePassages.Of(match, facts))
        {
            if (YearRange().Match(passage.Text) is not { Success: true } range)
            {
                continue;
            }
            var (from, to) = (FullYear(range.Groups["a"].Value), FullYear(range.Groups["b"].Value));
            if (from > to)
            {
                continue;
            }
            var inSpan = awards.Where(y => y >= from && y <= to).ToList();
            if (AtLeastShutsOut().Match(passage.Text) is { Success: true } atLeast)
            {
                var limit = int.Parse(atLeast.Groups["n"].Value);
                return Write(draft, passage, inSpan.Count >= limit, inSpan, range.Value, $"{limit}회 이상");
            }
            if (AtMost().Match(passage.Text) is { Success: true } atMost)
            {
                var limit = int.Parse(atMost.Groups["n"].Value);
                return Write(draft, passage, inSpan.Count >= limit, inSpan, range.Value, $"{limit}회만");
            }
        }
        return null;
    }

    /// <summary>The years the asker says they received it (’23년이랑 ’25년에 … 받은 → 2023, 2025), not the year they apply.</summary>
    private static List<int> AwardYears(AskerFacts facts)
    {
        var mentions = facts.Question.YearMentions.OrderBy(m => m.Start).ToList();
        var years = new List<int>();
        var pending = new List<int>();
        for (var i = 0; i < mentions.Count; i++)
        {
            var end = i + 1 < mentions.Count ? mentions[i + 1].Start : facts.Text.Length;
            var after = facts.Text[mentions[i].End..end];
            pending.Add(mentions[i].Year);
            if (i + 1 < mentions.Count && Joiner().IsMatch(after))
            {
                continue;
            }
            var received = Received().Match(after);
            var applying = Applying().Match(after);
            if (received.Success && (!applying.Success || received.Index < applying.Index))
            {
                years.AddRange(pending);
            }
            pending.Clear();
        }
        return [.. years.Distinct()];
    }

    private static int FullYear(string written) => written.Length == 2 ? 2000 + int.Parse(written) : int.Parse(written);

    private static AnswerDraft Write(AnswerDraft draft, Passage passage, bool shutOut, List<int> inSpan, string span, string limit)
    {
        QuotedRule.Write(draft, passage, shutOut ? Eligibility.No : Eligibility.Yes);
        var years = string.Join(", ", inSpan.Select(y => $"{y}년"));
        draft.Say(draft.English
            ? $"You received it {inSpan.Count} time(s) within {span}{(inSpan.Count > 0 ? $" ({years})" : "")}, {(shutOut ? "which reaches" : "which is within")} the limit ({limit})."
            : shutOut
                ? $"말씀하신 수혜 이력은 {span} 기간에 {inSpan.Count}회({years})로, ‘{limit}’ 제한에 걸립니다."
                : $"말씀하신 수혜 이력은 {span} 기간에 {inSpan.Count}회{(inSpan.Count > 0 ? $"({years})" : "")}로, ‘{limit}’ 제한에 걸리지 않습니다.");
        return draft;
    }
}
