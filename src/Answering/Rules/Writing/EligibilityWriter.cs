using Answering.Composing;
using Answering.Contract;
using Answering.Rules.Evaluation;
using Corpus.Quantities;
using Knowledge.Documents;
using Knowledge.Rules;

namespace Answering.Rules.Writing;

/// <summary>
/// Writes an eligibility answer from the rules' verdict: the verdict first, then each deciding rule in the document's own
/// words with its citation, how the asker's fact compares with its bound (a share computed from two amounts recorded as a
/// figure with its formula), the exception that changed or leaves open the outcome, and for an open verdict what the asker
/// should say to settle it.
/// </summary>
public static class EligibilityWriter
{
    private const int MaxRules = 3;

    public static AnswerDraft Write(AnswerDraft draft, DocumentKnowledge document, RuleVerdict verdict)
    {
        var english = draft.English;
        draft.Eligible = verdict.Eligible;
        draft.Say(Phrases.Verdict(verdict.Eligible, english));
        if (verdict.Net is { } net)
        {
            var bothWays = verdict.Eligible == Eligibility.Depends && net.Gross is not null && net.Netted is not null;
            NetWriter.WriteExclusion(draft, net, bothWays);
            if (bothWays && net.Gross is { } gross && net.Netted is { } netted)
            {
                NetWriter.WriteBothWays(draft, document, net, gross, netted);
                return draft;
            }
        }
        if (verdict.Readings.Count > 0 && verdict.OpenDimension is { } dimension)
        {
            WriteReadings(draft, document, verdict, dimension);
            return draft;
        }
        var written = new HashSet<Rule>();
        var said = new HashSet<string>(StringComparer.Ordinal);
        if (verdict.Instead is { Rule.BandLabel: { } band } instead && instead.Checks.FirstOrDefault() is { } inBand)
        {
            var name = draft.Question.Text.Contains("등급", StringComparison.Ordinal) && band.Length <= 2 ? band + "등급" : band;
            var marker = Cite(draft, document, instead.Rule);
            draft.Say(english
                ? $"Your {inBand.Fact.Written} falls in {name} ({string.Join(" ", instead.Checks.Select(c => c.Condition.Bound))}) {marker}."
                : $"말씀하신 {Josa.With(inBand.Fact.Written, "은/는")} {name} 구간({string.Join(" ", instead.Checks.Select(c => c.Condition.Bound))})에 해당합니다 {marker}");
        }
        var decisive = verdict.Decisive.Where(j => j != verdict.Instead).ToList();
        // A band the asker is in says it; the bands they are not in add nothing.
        if (decisive.Any(j => j.Status is Status.Grant or Status.Reduced))
        {
            decisive = [.. decisive.Where(j => !(j.Status == Status.Pass && j.Rule.Form == RuleForm.Consequence && j.Proviso is null && j.Checks.All(c => !c.Holds)))];
        }
        foreach (var judgement in decisive)
        {
            // The same bound checked against the same fact again (a rule stated in the text and in a table) is said once.
            var key = string.Join(";", judgement.Checks.Select(c => $"{c.Fact.Written}|{c.Condition.Bound}|{c.Holds}"));
            if (written.Count >= MaxRules || key.Length > 0 && !said.Add(key) || !written.Add(judgement.Rule))
            {
                continue;
            }
            WriteJudgement(draft, document, judgement);
        }
        return draft;
    }

    private static void WriteReadings(AnswerDraft draft, DocumentKnowledge document, RuleVerdict verdict, string dimension)
    {
        var english = draft.English;
        var shown = new HashSet<Rule>();
        foreach (var group in verdict.Readings.GroupBy(r => r.Scenario.Assumed.FirstOrDefault(a => a.Dimension == dimension).Value ?? ""))
        {
            var (_, eligible, decisive) = group.First();
            draft.Say(Phrases.Reading(dimension, group.Key, eligible, english));
            // The rule written for that type (도약형 · 신청 요건: …) says best why the reading holds.
            foreach (var judgement in decisive.OrderByDescending(j => j.Rule.Scope.Labels.Any(l => Scenario.SameLabel(l, group.Key))).Take(1))
            {
                if (shown.Add(judgement.Rule))
                {
                    WriteJudgement(draft, document, judgement);
                }
            }
        }
        if (Explaining(document, dimension) is { } passage)
        {
            draft.Say(Phrases.Rule(Trim(passage.Text), draft.Cite(passage), english));
        }
        // A yes under the types the asker fits needs nothing more from them.
        if (verdict.Eligible != Eligibility.Yes)
        {
            draft.Say(english ? $"Please tell me {Phrases.Dimension(dimension, true)}." : $"{Phrases.Dimension(dimension, false)} 알려주시면 판단할 수 있습니다.");
        }
    }

    /// <summary>
    /// The passage that says how the open dimension is settled: when an area counts as designated (…의 2분의 1 이상이
    /// 인구감소지역에 속하는 경우), or which kind of place a site across both kinds follows (…에 걸쳐 있는 경우에는 …).
    /// </summary>
    private static Passage? Explaining(DocumentKnowledge document, string dimension)
    {
        var parts = dimension.Split(':');
        return parts[0] switch
        {
            "Designation" => document.Passages.FirstOrDefault(p => p.Text.Contains(parts[1], StringComparison.Ordinal)
                && System.Text.RegularExpressions.Regex.IsMatch(p.Text, @"(?:속하|해당하|포함되|위치하)\S*\s?경우|이상이\s") && p.Unit.Table is null),
            "PlaceKind" => document.Passages.FirstOrDefault(p => System.Text.RegularExpressions.Regex.IsMatch(p.Text, @"걸쳐|걸친|걸치는")
                && System.Text.RegularExpressions.Regex.IsMatch(p.Text, @"광역시|특별자치시") && p.Unit.Table is null),
            _ => null,
        };
    }

    private static void WriteJudgement(AnswerDraft draft, DocumentKnowledge document, Judgement judgement)
    {
        var english = draft.English;
        var rule = judgement.Rule;
        var marker = Cite(draft, document, rule);
        draft.Say(Phrases.Rule(Shown(rule, judgement), marker, english));
        var checks = judgement.Checks.Take(3).ToList();
        if (rule.Form == RuleForm.Consequence && rule.Outcome != Outcome.Negative && rule.OutcomeText.Length > 0 && checks.Count > 0 && checks.All(c => c.Holds)
            && checks.All(c => c.Fact == checks[0].Fact))
        {
            // A band: the asker's amount is in it (60점 이상 70점 미만), and what the band brings.
            var band = string.Join(" ", checks.Select(c => c.Condition.Bound));
            var fact = Fact(draft, checks[0], marker);
            draft.Say(english
                ? $"Your {fact} falls in “{band}”, which brings: {rule.OutcomeText}."
                : $"말씀하신 {Topic(fact)} ‘{band}’에 해당하여 ‘{rule.OutcomeText}’ 대상입니다.");
            checks = [];
        }
        foreach (var check in checks)
        {
            var fact = Fact(draft, check, marker);
            if (rule.Form == RuleForm.Consequence && rule.Outcome == Outcome.Negative)
            {
                // An exclusion's condition: the asker falls under it or not (협약일로부터 6개월 이내에 … 착수하지 않거나).
                draft.Say(english
                    ? $"Your {fact} {(check.Holds ? "falls" : "does not fall")} under “{Trim(check.Condition.Text)}”."
                    : $"말씀하신 {Topic(fact)} ‘{Trim(check.Condition.Text)}’에 {(check.Holds ? "해당합니다" : "해당하지 않습니다")}.");
                continue;
            }
            draft.Say(Phrases.Meets(fact, check.Condition.Bound, check.Holds, english));
        }
        // A condition in words is worth saying when it excludes, or when the asker says it does not hold.
        foreach (var (cue, holds) in judgement.CueChecks.Where(c => rule.Form == RuleForm.Consequence || !c.Holds).Take(2))
        {
            draft.Say(english
                ? $"You say that “{cue.Text.Trim()}” {(holds ? "applies" : "does not apply")}."
                : $"말씀하신 내용은 ‘{Trim(cue.Text)}’에 {(holds ? "해당합니다" : "해당하지 않습니다")}.");
        }
        if (judgement.Proviso is { } proviso)
        {
            var provisoMarker = draft.Cite(proviso.Passage, proviso.Passage.Text.Contains(proviso.Text, StringComparison.Ordinal) ? null : null);
            draft.Say(Phrases.Rule(Trim(proviso.Text), provisoMarker, english));
            foreach (var check in judgement.ProvisoChecks.Take(2))
            {
                draft.Say(Phrases.Meets(Fact(draft, check, provisoMarker), check.Condition.Bound, check.Holds, english));
            }
            // Open: name what the asker should say (창업 3년 이내인지), not just "the exception".
            draft.Say(judgement.ProvisoHolds is null && When(proviso) is { Length: > 0 } when
                ? Phrases.Missing(when, english)
                : Phrases.ExceptionHolds(judgement.ProvisoHolds, english));
        }
        else if (judgement.Status == Status.Unknown)
        {
            foreach (var missing in judgement.Missing.Take(1))
            {
                draft.Say(Phrases.Missing(Trim(missing), english));
            }
            // The rule's exception belongs to what the asker should know (다만, 고도화 트랙에는 신청 가능).
            foreach (var exception in rule.Provisos.Take(1))
            {
                draft.Say(Phrases.Rule(Trim(exception.Text), draft.Cite(exception.Passage), english));
            }
        }
    }

    /// <summary>The asker's fact as they wrote it; a computed share becomes a figure with its formula.</summary>
    private static string Fact(AnswerDraft draft, Check check, string marker)
    {
        if (check.Share is not { } share)
        {
            return check.Fact.Written;
        }
        var percent = Math.Round(share.Percent, 1);
        var part = share.Part;
        var whole = share.Whole;
        var label = $"{part.Written} ÷ {whole.Written}";
        draft.AddFigure(label, percent, Units.Percent, $"{Amounts.Plain(part.Value)} ÷ {Amounts.Plain(whole.Unit.Convert(whole.Value, part.Unit))} × 100",
            [new FigureInput(part.Written, part.Value, part.Unit.Symbol, 0), new FigureInput(whole.Written, whole.Value, whole.Unit.Symbol, 0)]);
        _ = marker;
        return draft.English ? $"share {part.Written} of {whole.Written} ({Amounts.Plain(percent)}%)" : $"{part.Written} ÷ {whole.Written} = {Amounts.Plain(percent)}%";
    }

    internal static string Cite(AnswerDraft draft, DocumentKnowledge document, Rule rule) =>
        rule.Table is { } table && rule.Row is { } row ? draft.Cite(document, table, row, rule.Column) : draft.Cite(rule.Passage);

    /// <summary>What must hold for an exception, in its own words (창업 3년 이내; 징수유예 또는 분할납부 승인을 받은).</summary>
    private static string When(Proviso proviso)
    {
        var parts = proviso.When.SelectMany(w => w.Conditions.Select(c => Last(c.Text, 3)).Concat(w.Cues.Select(q => Last(q.Text, 8)))).Where(p => p.Length > 0).Distinct().ToList();
        return string.Join(", ", parts.Take(2));
    }

    /// <summary>The last words of a condition: what it is about, without the clause leading to it.</summary>
    private static string Last(string text, int words)
    {
        var plain = System.Text.RegularExpressions.Regex.Replace(text, @"\([^()]*\)", " ");
        return Trim(string.Join(" ", plain.Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeLast(words)));
    }

    private const int LongRule = 140;

    /// <summary>A long rule shown by the clause that holds the bound checked, not the whole article.</summary>
    internal static string Shown(Rule rule, Judgement judgement)
    {
        var text = Shown(rule);
        var bound = judgement.Checks.FirstOrDefault()?.Condition.Text;
        if (text.Length <= LongRule || bound is null)
        {
            return text;
        }
        var clauses = System.Text.RegularExpressions.Regex.Split(text, @"(?<=\.)\s+|(?<=[다음함])\s+(?=\S)");
        var clause = clauses.FirstOrDefault(c => c.Contains(bound, StringComparison.Ordinal))
            ?? clauses.FirstOrDefault(c => c.Contains(judgement.Checks[0].Condition.Bound, StringComparison.Ordinal));
        return clause is null ? text : Trim(clause);
    }

    private static string Shown(Rule rule)
    {
        if (rule.Table is not null && rule.Row is { } row)
        {
            var column = rule.Column?.Label;
            var head = rule.BandLabel is not null ? $"{row.Label}" : string.IsNullOrWhiteSpace(column) ? row.Label : $"{row.Label} · {column}";
            return $"{head}: {Trim(rule.BandLabel is not null ? Composing.Shown.Row(row.Raw) : rule.Text)}";
        }
        return Trim(rule.Text);
    }

    internal static string Trim(string text) =>
        System.Text.RegularExpressions.Regex.Replace(Composing.Shown.Text(text), @"^(?:인|의|이고|이며|이면서|로|으로|에|에서)[,\s]+", "").TrimEnd('.', ' ', ',');

    /// <summary>The topic particle after an amount read aloud (12km → 킬로미터는, 15% → 퍼센트는).</summary>
    public static string Topic(string written) => Phrases.Topic(written);
}
