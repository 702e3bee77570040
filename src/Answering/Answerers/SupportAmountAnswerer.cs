using System.Text.RegularExpressions;
using Answering.Composing;
using Answering.Computing;
using Answering.Contract;
using Answering.Documents;
using Answering.Understanding;
using Corpus.Quantities;
using Knowledge.Language;
using Knowledge.Tables;

namespace Answering.Answerers;

/// <summary>
/// Works out the support for a cost the asker names ("소기업이 7,000만원짜리 설비를 사면 얼마 받아요?") from a table of
/// support by applicant kind: a rate column (지원 비율 70%) times the cost, held under the row's cap column (기업당 지원
/// 한도 2,000만원) — the way calls for proposals state a subsidy. Asked for the applicant's own share (부담, 내야), it is
/// the cost less the support; asked what cost earns the whole cap, it is the cap divided by the rate.
/// </summary>
public static partial class SupportAmountAnswerer
{
    [GeneratedRegex(@"지원금|보조금|지원\s?받|보조\s?받|받(?:을|는|아|나|으|게)|지원되|지원해|나와|나오|부담|내야|support|subsid|receive|get\b|pay", RegexOptions.IgnoreCase)]
    private static partial Regex AsksSupport();

    [GeneratedRegex(@"부담|내야|자부담|pay\b|own share", RegexOptions.IgnoreCase)]
    private static partial Regex AsksOwnShare();

    [GeneratedRegex(@"한도.{0,12}(?:채우|다\s?받|최대로|전부)|최소.{0,8}(?:비용|얼마)")]
    private static partial Regex AsksCostForCap();

    [GeneratedRegex(@"비율|지원율|보조율|지원\s?비|율$|률$")]
    private static partial Regex RateHeader();

    [GeneratedRegex(@"한도|상한|최대|최고")]
    private static partial Regex CapHeader();

    public static AnswerDraft? Answer(DocumentMatch match)
    {
        var question = match.Question;
        var costs = question.Quantities.Where(q => q.Unit.IsMoney && q.Value > 0).ToList();
        var forCap = costs.Count == 0 && AsksCostForCap().IsMatch(question.Text);
        if (costs.Count == 0 && !forCap || !forCap && !AsksSupport().IsMatch(question.Text) || question.IsClaim)
        {
            return null;
        }
        var named = NamedText(match);
        foreach (var table in match.Document.Tables.Where(t => !t.Table.IsBlock && !t.IsContactTable))
        {
            var rate = table.NumberColumns.FirstOrDefault(c => c.Unit?.Family == UnitFamily.Percent && RateHeader().IsMatch(c.Label) && !AsksOwnShareHeader(c.Label));
            var cap = table.NumberColumns.FirstOrDefault(c => c.Unit is { IsMoney: true } && CapHeader().IsMatch(c.Label));
            if (rate is null || forCap && cap is null)
            {
                continue;
            }
            var row = NamedRow(table, named);
            if (row is null || table.Cell(row, rate).Value is not double percent || percent <= 0)
            {
                continue;
            }
            var draft = new AnswerDraft(question, "computed");
            draft.Focus.Document = match.Document.Name;
            var rateOperand = Operand.FromCell(match.Document, table, row, rate);
            Operand? capOperand = cap is not null && table.Cell(row, cap).Value is double ? Operand.FromCell(match.Document, table, row, cap) : null;
            if (forCap)
            {
                return CostForCap(draft, rateOperand, capOperand!);
            }
            var answer = Support(draft, costs, rateOperand, capOperand, AsksOwnShare().IsMatch(question.Text), out var support);
            if (Instalment(match) is { } instalment)
            {
                PayInstalment(answer, support, capOperand?.Unit ?? costs[0].Unit, instalment);
            }
            return answer;
        }
        return null;
    }

    /// <summary>
    /// How a document pays the support out (지원금의 30%를 선금으로 받고): the part the question names by its word (선금), with the
    /// passage that states it.
    /// </summary>
    private static (string Name, double Percent, Knowledge.Documents.Passage Passage, string Quote)? Instalment(DocumentMatch match)
    {
        foreach (var passage in match.Document.Passages.Where(p => p.Unit.Table is null))
        {
            foreach (Match m in PaidPart().Matches(passage.Text))
            {
                var name = m.Groups["name"].Value;
                if (WordIndex(match.Question.Text, name) >= 0 && double.TryParse(m.Groups["percent"].Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var percent)
                    && percent is > 0 and < 100)
                {
                    return (name, percent, passage, Quote.Sentence(passage.Text, m.Index));
                }
            }
        }
        return null;
    }

    /// <summary>The named part of the support worked out (2,000만원 × 30% = 600만원), with the payment rule cited.</summary>
    private static void PayInstalment(AnswerDraft draft, double support, Unit unit, (string Name, double Percent, Knowledge.Documents.Passage Passage, string Quote) instalment)
    {
        var english = draft.English;
        var marker = draft.CiteIndex(instalment.Passage, instalment.Quote);
        var rounded = Amounts.Rounded(support, unit);
        var part = Amounts.Rounded(rounded * instalment.Percent / 100, unit);
        var formula = $"{Amounts.Plain(rounded)} × {Amounts.Plain(instalment.Percent)}%";
        draft.AddFigure(instalment.Name, part, unit, formula,
            [new(english ? "support" : "지원금", rounded, unit.Symbol, 0), new(instalment.Name, instalment.Percent, Units.Percent.Symbol, marker)]);
        var supportText = Amounts.Format(rounded, unit);
        var partText = Amounts.Format(part, unit);
        draft.Say(english
            ? $"Of it, {Amounts.Plain(instalment.Percent)}% is paid as {instalment.Name} [{marker}]: {supportText} × {Amounts.Plain(instalment.Percent)}% = {partText}."
            : $"이 가운데 {Amounts.Plain(instalment.Percent)}%를 {Josa.With(instalment.Name, "으로/로")} 받으므로 [{marker}] {Josa.With(instalment.Name, "은/는")} {supportText} × {Amounts.Plain(instalment.Percent)}% = {partText}입니다.");
    }

    [GeneratedRegex(@"(?:지원금|보조금|지원액|보조액|금액)(?:의)?\s*(?<percent>\d{1,2}(?:\.\d+)?)\s*%를\s*(?<name>[가-힣]{2,4}?)(?:으로|로)\s*(?:먼저\s*)?(?:받|지급|지원|교부)")]
    private static partial Regex PaidPart();

    private static bool AsksOwnShareHeader(string label) => label.Contains("부담", StringComparison.Ordinal);

    /// <summary>The question's words, and the earlier turn's when a follow-up leaves the applicant kind unsaid (그럼 1,500만원이면?).</summary>
    private static string NamedText(DocumentMatch match) =>
        match.Question.Text + (match.Previous is { } previous ? " " + previous.Question.Text : "");

    /// <summary>The row whose name stands as a word of the question (소기업, not the 소기업 inside 중소기업); the question's own before the earlier turn's.</summary>
    private static RowModel? NamedRow(TableModel table, string text)
    {
        RowModel? best = null;
        var bestAt = int.MaxValue;
        foreach (var row in table.Rows.Where(r => !r.IsTotal && r.Name.Length >= 2))
        {
            var at = WordIndex(text, row.Name);
            if (at >= 0 && at < bestAt)
            {
                (best, bestAt) = (row, at);
            }
        }
        return best;
    }

    private static int WordIndex(string text, string name)
    {
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || !char.IsLetterOrDigit(text[at - 1]))
            {
                return at;
            }
        }
        return -1;
    }

    private static AnswerDraft Support(AnswerDraft draft, List<Quantity> costs, Operand rate, Operand? cap, bool ownShare, out double support)
    {
        var english = draft.English;
        var unit = cap?.Unit ?? costs[0].Unit;
        var cost = costs.Sum(c => c.Unit.Convert(c.Value, unit));
        var computed = cost * rate.Value / 100;
        var capped = cap is not null && computed > cap.Value;
        support = capped ? cap!.Value : computed;
        var rateMarker = rate.Cite(draft);
        var capMarker = cap?.Cite(draft);
        var costText = Amounts.Format(Amounts.Rounded(cost, unit), unit);
        var formula = $"{Amounts.Plain(cost)} × {Amounts.Plain(rate.Value)}%";
        List<FigureInput> inputs = [new(english ? "cost" : "도입 비용", cost, unit.Symbol, 0), new(rate.Label, rate.Value, rate.Unit.Symbol, rateMarker)];
        if (cap is not null)
        {
            inputs.Add(new FigureInput(cap.Label, cap.Value, cap.Unit.Symbol, capMarker!.Value));
        }
        var supportText = Amounts.Format(Amounts.Rounded(support, unit), unit);
        var computedText = Amounts.Format(Amounts.Rounded(computed, unit), unit);
        if (!draft.Question.Text.Contains(Amounts.Number(Amounts.Rounded(cost, unit)), StringComparison.Ordinal))
        {
            // Costs summed or restated in the cap's unit (2억원, 1억 2천만원 → 20,000만원, 12,000만원) are figures the answer computed.
            draft.AddFigure(english ? "cost" : "도입 비용", Amounts.Rounded(cost, unit), unit,
                string.Join(" + ", costs.Select(c => $"{Amounts.Plain(c.Value)}{c.Unit.Symbol}")),
                [.. costs.Select(c => new FigureInput(english ? "cost" : "도입 비용", c.Value, c.Unit.Symbol, 0))]);
        }
        if (cap is not null && computed > cap.Value)
        {
            draft.AddFigure(english ? "rate × cost" : "비율 적용 금액", Amounts.Rounded(computed, unit), unit, formula, inputs);
        }
        draft.AddFigure(english ? "support" : "지원금", Amounts.Rounded(support, unit), unit, capped ? $"min({formula}, {Amounts.Plain(cap!.Value)})" : formula, inputs);
        string sentence;
        if (capped)
        {
            sentence = english
                ? $"{costText} × {Amounts.Plain(rate.Value)}% ({rate.Label}) [{rateMarker}] comes to {computedText}, above the cap of {cap!.Display} ({cap.Label}) [{capMarker}], so the support is {supportText}."
                : $"{costText} × {Amounts.Plain(rate.Value)}%({rate.Label}) [{rateMarker}] = {computedText}이지만, {cap!.Label} {Josa.With(cap.Display, "을/를")} 넘으므로 [{capMarker}] 지원금은 한도인 {supportText}입니다.";
        }
        else
        {
            var within = cap is null ? "" : english ? $", within the cap of {cap.Display} [{capMarker}]" : $" {cap.Label} {cap.Display} 이내입니다 [{capMarker}].";
            sentence = english
                ? $"The support is {costText} × {Amounts.Plain(rate.Value)}% ({rate.Label}) [{rateMarker}] = {supportText}{within}."
                : $"지원금은 {costText} × {Amounts.Plain(rate.Value)}%({rate.Label}) [{rateMarker}] = {supportText}입니다.{within}";
        }
        draft.Say(sentence);
        if (ownShare)
        {
            var own = cost - support;
            var ownText = Amounts.Format(Amounts.Rounded(own, unit), unit);
            draft.AddFigure(english ? "own share" : "기업 부담", Amounts.Rounded(own, unit), unit, $"{Amounts.Plain(cost)} - {Amounts.Plain(Amounts.Rounded(support, unit))}",
                [new(english ? "cost" : "도입 비용", cost, unit.Symbol, 0), new(english ? "support" : "지원금", Amounts.Rounded(support, unit), unit.Symbol, rateMarker)]);
            draft.Say(english
                ? $"The applicant pays the rest: {costText} − {supportText} = {ownText}."
                : $"나머지는 직접 부담하므로 부담액은 {costText} − {supportText} = {ownText}입니다.");
        }
        return draft;
    }

    private static AnswerDraft CostForCap(AnswerDraft draft, Operand rate, Operand cap)
    {
        var cost = cap.Value / (rate.Value / 100);
        var rateMarker = rate.Cite(draft);
        var capMarker = cap.Cite(draft);
        var costText = Amounts.Format(Amounts.Rounded(cost, cap.Unit), cap.Unit);
        draft.AddFigure(draft.English ? "cost that earns the cap" : "한도를 채우는 도입 비용", Amounts.Rounded(cost, cap.Unit), cap.Unit,
            $"{Amounts.Plain(cap.Value)} ÷ {Amounts.Plain(rate.Value)}%",
            [new(cap.Label, cap.Value, cap.Unit.Symbol, capMarker), new(rate.Label, rate.Value, rate.Unit.Symbol, rateMarker)]);
        draft.Say(draft.English
            ? $"The cap of {cap.Display} ({cap.Label}) [{capMarker}] divided by the rate of {Amounts.Plain(rate.Value)}% [{rateMarker}] is {costText}: a cost of at least that earns the whole cap."
            : $"{cap.Label} {cap.Display} [{capMarker}] ÷ {Amounts.Plain(rate.Value)}%({rate.Label}) [{rateMarker}] = {costText}이므로, 도입 비용이 {costText} 이상이면 한도를 모두 받을 수 있습니다.");
        return draft;
    }
}
