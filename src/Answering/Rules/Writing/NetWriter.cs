using Answering.Composing;
using Answering.Contract;
using Answering.Rules.Evaluation;
using Knowledge.Documents;

namespace Answering.Rules.Writing;

/// <summary>
/// Writes what an exclusion does to the asker's amount: the passage that leaves the part out (and what it is limited to),
/// the net amount as a figure with its subtraction, and — when the limiting case is open and decides — the verdict with the
/// part taken out and without it.
/// </summary>
public static class NetWriter
{
    public static void WriteExclusion(AnswerDraft draft, NetReading reading, bool bothWays)
    {
        var net = reading.Amount;
        var english = draft.English;
        draft.Say(Phrases.Rule(Quote(net.Exclusion.Text), draft.Cite(net.Exclusion), english));
        if (net.ConditionPassage is { } limited && limited != net.Exclusion)
        {
            draft.Say(Phrases.Rule(Quote(limited.Text), draft.Cite(limited), english));
        }
        if (net.ConditionHolds != false)
        {
            draft.AddFigure(english ? $"{net.Total.Written} less {net.Part.Written}" : $"{net.Total.Written}에서 {Josa.With(net.Part.Written, "을/를")} 뺀 양", net.Net.Value, net.Total.Unit, net.Formula,
                [new FigureInput(net.Total.Written, net.Total.Value, net.Total.Unit.Symbol, 0), new FigureInput(net.Part.Written, net.Part.Value, net.Part.Unit.Symbol, 0)]);
        }
        if (bothWays)
        {
            return;
        }
        var subtraction = $"{net.Total.Written} − {net.Part.Written} = {net.Net.Written}";
        var condition = net.Condition is { } c ? EligibilityWriter.Trim(c) : null;
        draft.Say((net.ConditionHolds, english) switch
        {
            (true, false) => $"말씀하신 {Phrases.Topic(net.Part.Written)} 빼고 계산하므로 {subtraction}{Josa.With(net.Net.Written, "으로/로")[net.Net.Written.Length..]} 봅니다.",
            (false, false) => $"말씀하신 경우는 ‘{condition}’에 해당하지 않아 {Josa.With(net.Part.Written, "을/를")} 뺄 수 없으므로 {Josa.With(net.Total.Written, "으로/로")} 봅니다.",
            (null, false) => $"‘{condition}’에 해당하면 {subtraction}{Josa.With(net.Net.Written, "으로/로")[net.Net.Written.Length..]}, 해당하지 않으면 {Josa.With(net.Total.Written, "으로/로")} 봅니다.",
            (true, true) => $"The {net.Part.Written} is left out: {subtraction}.",
            (false, true) => $"Your case is not “{condition}”, so the {net.Part.Written} stays in: {net.Total.Written}.",
            _ => $"If “{condition}” holds, {subtraction}; otherwise {net.Total.Written}.",
        });
    }

    /// <summary>The open case: the verdict with the part taken out and without it, and what the asker should say.</summary>
    public static void WriteBothWays(AnswerDraft draft, DocumentKnowledge document, NetReading reading, RuleVerdict gross, RuleVerdict netted)
    {
        var net = reading.Amount;
        var english = draft.English;
        var condition = EligibilityWriter.Trim(net.Condition ?? "");
        foreach (var (verdict, amount, when) in new[] { (netted, net.Net, true), (gross, net.Total, false) })
        {
            var judgement = verdict.Decisive.FirstOrDefault(j => j.Checks.Any(c => c.Fact.Start == net.Total.Start)) ?? verdict.Decisive.FirstOrDefault();
            if (judgement is null)
            {
                continue;
            }
            var marker = EligibilityWriter.Cite(draft, document, judgement.Rule);
            var check = judgement.Checks.FirstOrDefault(c => c.Fact.Start == net.Total.Start);
            var subtraction = when ? $"{net.Total.Written} − {net.Part.Written} = " : "";
            var outcome = verdict.Eligible == Eligibility.Yes ? english ? "possible" : "가능합니다" : verdict.Eligible == Eligibility.No ? english ? "not possible" : "어렵습니다" : english ? "still open" : "추가 확인이 필요합니다";
            var ifSo = when ? english ? $"If “{condition}” holds" : $"‘{condition}’에 해당하면" : english ? "Otherwise" : "해당하지 않으면";
            draft.Say(check is null
                ? english ? $"{ifSo}: {outcome} {marker}" : $"{ifSo} {outcome} {marker}"
                : english
                    ? $"{ifSo}, your {amount.Written} {(check.Holds ? "meets" : "does not meet")} “{check.Condition.Bound}”: {outcome} {marker}"
                    : $"{ifSo} {subtraction}{Phrases.Topic(amount.Written)} ‘{check.Condition.Bound}’ 기준을 {(check.Holds ? "충족하여" : "충족하지 않아")} {outcome} {marker}");
        }
        draft.Say(Phrases.Missing(condition, english));
    }

    /// <summary>A long passage (a whole article) shown by its sentences that exclude or limit.</summary>
    private static string Quote(string text)
    {
        // A table row (현행 | 개정안) is quoted by the cell that excludes.
        var cell = text.Split('\t').Where(c => System.Text.RegularExpressions.Regex.IsMatch(c, @"제외|뺀|빼고|차감|한정|한하여")).DefaultIfEmpty(text).Last();
        var trimmed = EligibilityWriter.Trim(cell);
        if (trimmed.Length <= 160)
        {
            return trimmed;
        }
        var sentences = System.Text.RegularExpressions.Regex.Split(trimmed, @"(?<=다\.)\s+");
        var kept = sentences.Where(s => System.Text.RegularExpressions.Regex.IsMatch(s, @"제외|뺀|빼고|차감|한정|한하여|한한다")).ToList();
        return kept.Count == 0 ? trimmed : EligibilityWriter.Trim(string.Join(" ", kept));
    }
}
