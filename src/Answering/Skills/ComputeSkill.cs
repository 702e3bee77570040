using System.Globalization;
using Answering.Composing;
using Answering.Contract;
using Answering.Knowledge;
using Answering.Understanding;

namespace Answering.Skills;

/// <summary>
/// Figures the documents do not print but their numbers give: growth between periods, a share of the
/// total, a division (per region, per job, per year), a ratio (몇 배), a percentage of a count, a
/// difference or a sum — each with its formula and cited inputs, rounded in decimal arithmetic.
/// </summary>
public sealed class ComputeSkill(ValueResolver resolver) : ISkill
{
    public Answer? TryAnswer(QuestionFrame frame) => frame.Operation switch
    {
        Operation.Growth or Operation.Difference => frame.Rows.Count == 2 && resolver.Periods(frame).Count <= 1 ? RowGap(frame) : Change(frame),
        Operation.Share => Share(frame),
        Operation.Divide => Divide(frame),
        Operation.Ratio => Ratio(frame),
        Operation.PercentOf => PercentOf(frame),
        Operation.Sum => Sum(frame),
        Operation.Exclude => Exclude(frame),
        _ => null,
    };

    private Answer? Change(QuestionFrame frame)
    {
        var row = resolver.BudgetRow(frame) ?? (frame.Measures.Count == 0 ? resolver.Knowledge.Figures.TotalRow : null);
        var periods = resolver.Periods(frame);
        if (row is null || periods.Count != 2 || frame.Regions.Count > 0)
        {
            return null;
        }
        var (from, to) = (resolver.Cell(row, periods[0], frame), resolver.Cell(row, periods[1], frame));
        if (from is null || to is null || from.Value == 0)
        {
            return null;
        }
        var draft = new AnswerDraft(frame, "computed");
        var inputs = new[] { draft.Input(from), draft.Input(to) };
        var diff = to.Value - from.Value;
        var rate = Numbers.Round(diff / from.Value * 100, 1);
        var up = diff >= 0;
        var magnitude = Math.Abs(diff);
        draft.AddFigure($"{periods[1].Korean} {row} {(up ? "증가액" : "감소액")}({periods[0].Korean} 대비)", magnitude, from.Unit, $"{Plain(to.Value)} - {Plain(from.Value)}", inputs);
        draft.AddFigure($"{periods[1].Korean} {row} {(up ? "증가율" : "감소율")}({periods[0].Korean} 대비)", Math.Abs(rate), "%", $"({Plain(to.Value)} - {Plain(from.Value)}) / {Plain(from.Value)} × 100", inputs);
        var marks = draft.Cite([from.Source, to.Source]);
        if (diff == 0)
        {
            return draft.Finish(draft.English
                ? $"The {Terms.Row(row, true)} budget is {Numbers.Amount(to.Value, to.Unit)} in both {periods[0].English} and {periods[1].English}: no change {marks}."
                : $"{row} 예산은 {periods[0].Korean}과 {periods[1].Korean} 모두 {Josa.With(Numbers.Amount(to.Value, to.Unit), "으로/로")} 변동이 없습니다.{marks}");
        }
        draft.FollowUp($"{periods[1].Korean} {row} 예산을 시도별로 나누면?", $"What is the {periods[1].English} {row} budget per region?");
        draft.FollowUp("2단계 총사업비 중 국비 비중은?", "What share of phase 2 funding is national?");
        return draft.Finish(draft.English
            ? $"The {Terms.Row(row, true)} budget went from {Numbers.Amount(from.Value, from.Unit)} in {periods[0].English} to {Numbers.Amount(to.Value, to.Unit)} in {periods[1].English}: {(up ? "an increase" : "a decrease")} of {Numbers.Amount(magnitude, from.Unit)} ({Numbers.Amount(Math.Abs(rate), "%")}) {marks}. Formula: ({Plain(to.Value)} - {Plain(from.Value)}) / {Plain(from.Value)} × 100."
            : $"{row} 예산은 {periods[0].Korean} {Numbers.Amount(from.Value, from.Unit)}에서 {periods[1].Korean} {Numbers.Amount(to.Value, to.Unit)}으로 {Numbers.Amount(magnitude, from.Unit)}({Numbers.Amount(Math.Abs(rate), "%")}) {(up ? "늘었습니다" : "줄었습니다(감소)")}.{marks} 계산: ({Plain(to.Value)} - {Plain(from.Value)}) / {Plain(from.Value)} × 100");
    }

    private Answer? Share(QuestionFrame frame)
    {
        if (frame.Years.Count == 1 && frame.Stages.Count == 1 && frame.Rows.Count <= 1 && frame.Regions.Count == 0 && resolver.BudgetRow(frame) is { } row)
        {
            return YearShareOfStage(frame, row);
        }
        var total = resolver.Knowledge.Figures.TotalRow;
        var part = frame.Rows.FirstOrDefault(r => r != total);
        var whole = frame.Rows.FirstOrDefault(r => r != part && r != total) is { } other && frame.Rows.Count > 1 && !frame.Rows.Contains(total!) ? other : total;
        if (part is null || whole is null || frame.Regions.Count > 0)
        {
            return null;
        }
        var period = resolver.SinglePeriod(frame);
        var (a, b) = (resolver.Cell(part, period, frame), resolver.Cell(whole, period, frame));
        if (a is null || b is null || b.Value == 0)
        {
            return null;
        }
        var draft = new AnswerDraft(frame, "computed");
        var share = Numbers.Round(a.Value / b.Value * 100, 1);
        var formula = $"{Plain(a.Value)} / {Plain(b.Value)} × 100";
        draft.AddFigure($"{period.Korean} {whole} 중 {part} 비중", share, "%", formula, [draft.Input(a), draft.Input(b)]);
        var marks = draft.Cite([a.Source, b.Source]);
        draft.FollowUp($"{period.Korean} 지방비 비중은?", $"And the local share in {period.English}?");
        draft.FollowUp("1단계와 비교하면 어떤가요?", "How does that compare with phase 1?");
        return draft.Finish(draft.English
            ? $"In {period.English}, {Terms.Row(part, true)} is {Numbers.Amount(a.Value, a.Unit)} of {Numbers.Amount(b.Value, b.Unit)} ({Terms.Row(whole, true)}), a share of {Numbers.Amount(share, "%")} {marks}. Formula: {formula}."
            : $"{period.Korean} {whole} {Numbers.Amount(b.Value, b.Unit)} 가운데 {Josa.With(part, "은/는")} {Josa.With(Numbers.Amount(a.Value, a.Unit), "으로/로")}, 비중은 {Numbers.Amount(share, "%")}입니다.{marks} 계산: {formula}");
    }

    private Answer? Divide(QuestionFrame frame)
    {
        var numerator = Numerator(frame, out var divisorMeasure);
        if (numerator is null)
        {
            return null;
        }
        var draft = new AnswerDraft(frame, "computed");
        decimal divisor;
        string divisorLabel;
        string per;
        FigureInput? divisorInput = null;
        var divisorMark = "";
        if (divisorMeasure is not null && resolver.Fact(divisorMeasure, frame, "명") is { } count)
        {
            divisor = count.Value;
            divisorLabel = count.Name(draft.English);
            per = draft.English ? $"per one of the {Numbers.Format(count.Value)} {divisorMeasure.EnglishName}" : $"{divisorMeasure.Key} 1개당";
            divisorInput = draft.Input(count);
            divisorMark = draft.Cite(count.Source);
        }
        else if (frame.Quantities.FirstOrDefault(q => q.Value > 1 && q.Value < 10_000 && q.Unit is "개" or "곳" or "" && !frame.Stages.Contains((int)q.Value)) is { Value: > 1 } given)
        {
            divisor = given.Value;
            divisorLabel = draft.English ? $"{Numbers.Format(given.Value)} regions" : $"{Numbers.Format(given.Value)}개 시·도";
            per = draft.English ? "per region" : "한 곳당";
        }
        else if (frame.Quantities.FirstOrDefault(q => q.Unit == "년" && q.Value is > 1 and < 100) is { Unit: "년" } years)
        {
            divisor = years.Value;
            divisorLabel = draft.English ? $"{Numbers.Format(years.Value)} years" : $"{Numbers.Format(years.Value)}년";
            per = draft.English ? "per year" : "1년에";
        }
        else if (frame.Text.HasAny("연평균", "매년", "해마다", "1년당") && frame.Stages.Count == 1 && resolver.Knowledge.Stages.Get(frame.Stages[0]) is { } stage)
        {
            divisor = stage.Years;
            divisorLabel = draft.English ? $"the {stage.Years} years of phase {stage.Number} ('{stage.FromYear:00}–'{stage.ToYear:00})" : $"{stage.Number}단계 기간('{stage.FromYear:00}~'{stage.ToYear:00}) {stage.Years}년";
            per = draft.English ? "per year" : "연평균";
            divisorMark = draft.Cite(stage.Source);
        }
        else if (frame.Text.HasAny("시도당", "곳당", "지역당", "시도별", "클러스터당") && resolver.Knowledge.Sectors.Entries.Count > 1)
        {
            divisor = resolver.Knowledge.Sectors.Entries.Count;
            divisorLabel = draft.English ? $"the {divisor} regions" : $"{divisor}개 시·도";
            per = draft.English ? "per region" : "한 곳당";
            var table = resolver.Knowledge.Sectors.Entries[0].Table;
            divisorMark = draft.Cite(new Source(table.Doc, table.FromLine, table.ToLine, resolver.Knowledge.Corpus.FindParsed(table.Doc)!.Line(table.FromLine)));
            draft.AddFigure(draft.English ? "regions listed" : "표에 나온 시·도 수", divisor, "개");
        }
        else
        {
            return null;
        }
        var value = numerator.Value / divisor;
        var decimals = value >= 10 ? 1 : 2;
        var rounded = Numbers.Round(value, decimals);
        var inputs = divisorInput is null ? new[] { draft.Input(numerator) } : new[] { draft.Input(numerator), divisorInput };
        var formula = $"{Plain(numerator.Value)} / {Plain(divisor)}";
        draft.AddFigure($"{numerator.Label} ÷ {divisorLabel}", rounded, numerator.Unit, formula, inputs);
        var marks = draft.Cite(numerator.Source) + divisorMark;
        draft.FollowUp("2단계 R&D 예산은 1단계보다 얼마나 늘었나요?", "How much did phase 2 R&D grow over phase 1?");
        draft.FollowUp("2단계 국비 비중은?", "What share of phase 2 is national funding?");
        var amount = Numbers.Amount(rounded, numerator.Unit, decimals);
        return draft.Finish(draft.English
            ? $"{numerator.Name(true)} is {Numbers.Amount(numerator.Value, numerator.Unit)}; divided by {divisorLabel} that is about {amount} {per} {marks}. Formula: {formula}."
            : $"{Josa.With(numerator.Label, "은/는")} {Numbers.Amount(numerator.Value, numerator.Unit)}이고, 이를 {Josa.With(divisorLabel, "으로/로")} 나누면 {per} 약 {amount}입니다.{marks} 계산: {formula}");
    }

    /// <summary>What is divided: a table cell when a row is named, else a measure's fact; a measure counted in people becomes the divisor.</summary>
    private SourcedValue? Numerator(QuestionFrame frame, out Measure? divisorMeasure)
    {
        var counted = frame.Measures.FirstOrDefault(m => m.Units.Contains("명") && m.Key != "정규직" && m.Key != "청년");
        divisorMeasure = counted;
        var row = resolver.MainRow(frame);
        if (row is not null && frame.Regions.Count == 0)
        {
            return resolver.Cell(row, resolver.SinglePeriod(frame), frame);
        }
        var measure = frame.Measures.FirstOrDefault(m => m != counted);
        if (measure is not null)
        {
            return resolver.Fact(measure, frame);
        }
        divisorMeasure = null;
        return frame.Measures.Count > 0 ? resolver.Fact(frame.Measures[0], frame) : null;
    }

    private Answer? Ratio(QuestionFrame frame)
    {
        if (resolver.Periods(frame).Count == 2 && frame.Regions.Count == 0 && resolver.BudgetRow(frame) is { } row)
        {
            return PeriodRatio(frame, row);
        }
        if (frame.Measures.Count < 2)
        {
            return null;
        }
        var text = frame.Text.Compact;
        var pivot = text.IndexOf("대비", StringComparison.Ordinal) is var p and >= 0 ? p : text.IndexOf("보다", StringComparison.Ordinal);
        int At(Measure m) => m.Words.Select(w => text.IndexOf(QuestionText.RemoveSpaces(w), StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(int.MaxValue).Min();
        var ordered = frame.Measures.OrderBy(At).ToList();
        var (baseMeasure, target) = pivot >= 0 && At(ordered[0]) < pivot ? (ordered[0], ordered[1]) : (ordered[1], ordered[0]);
        var (a, b) = (resolver.Fact(target, frame), resolver.Fact(baseMeasure, frame));
        if (a is null || b is null || b.Value == 0)
        {
            return null;
        }
        var draft = new AnswerDraft(frame, "computed");
        var ratio = Numbers.Round(a.Value / b.Value, 2);
        var formula = $"{Plain(a.Value)} / {Plain(b.Value)}";
        draft.AddFigure($"{a.Label} ÷ {b.Label}", ratio, "배", formula, [draft.Input(a), draft.Input(b)]);
        var marks = draft.Cite([a.Source, b.Source]);
        draft.FollowUp("이 사례의 추진 배경은?", "What was the background of this case?");
        draft.FollowUp("다른 성과사례도 있나요?", "Is there another success case?");
        return draft.Finish(draft.English
            ? $"{a.Name(true)} is {Numbers.Amount(a.Value, a.Unit)} against {b.Name(true)} of {Numbers.Amount(b.Value, b.Unit)}, about {Numbers.Format(ratio, 2)} times {marks}. Formula: {formula}."
            : $"{Josa.With(a.Label, "은/는")} {Numbers.Amount(a.Value, a.Unit)}, {Josa.With(b.Label, "은/는")} {Josa.With(Numbers.Amount(b.Value, b.Unit), "으로/로")}, 약 {Numbers.Format(ratio, 2)}배입니다.{marks} 계산: {formula}");
    }

    /// <summary>"2022년 예산은 2단계 전체의 몇 %": a year's cell as a share of its stage's subtotal.</summary>
    private Answer? YearShareOfStage(QuestionFrame frame, string row)
    {
        var periods = resolver.Periods(frame);
        var (a, b) = (resolver.Cell(row, periods[0], frame), resolver.Cell(row, periods[1], frame));
        if (a is null || b is null || b.Value == 0)
        {
            return null;
        }
        var draft = new AnswerDraft(frame, "computed");
        var share = Numbers.Round(a.Value / b.Value * 100, 1);
        var formula = $"{Plain(a.Value)} / {Plain(b.Value)} × 100";
        draft.AddFigure($"{periods[1].Korean} {row} 중 {periods[0].Korean} 비중", share, "%", formula, [draft.Input(a), draft.Input(b)]);
        var marks = draft.Cite([a.Source, b.Source]);
        return draft.Finish(draft.English
            ? $"The {Terms.Row(row, true)} budget for {periods[0].English} is {Numbers.Amount(a.Value, a.Unit)} of {Numbers.Amount(b.Value, b.Unit)} for {periods[1].English}, a share of {Numbers.Amount(share, "%")} {marks}. Formula: {formula}."
            : $"{periods[1].Korean} {row} {Numbers.Amount(b.Value, b.Unit)} 가운데 {Josa.With(periods[0].Korean, "은/는")} {Josa.With(Numbers.Amount(a.Value, a.Unit), "으로/로")}, 비중은 {Numbers.Amount(share, "%")}입니다.{marks} 계산: {formula}");
    }

    /// <summary>"2019년 R&amp;D는 2018년의 몇 배": the period just before 대비/보다/의 is the base, else the earlier one.</summary>
    private Answer? PeriodRatio(QuestionFrame frame, string row)
    {
        var periods = resolver.Periods(frame);
        var text = frame.Text.Compact;
        var pivot = new[] { "대비", "보다", "의몇배", "의" }.Select(w => text.IndexOf(w, StringComparison.Ordinal)).Where(i => i > 0).DefaultIfEmpty(-1).First();
        var (first, second) = Mention(text, periods[0]) <= Mention(text, periods[1]) ? (periods[0], periods[1]) : (periods[1], periods[0]);
        var (basePeriod, target) = pivot >= 0 && Mention(text, second) < pivot ? (second, first) : pivot >= 0 && Mention(text, first) < pivot ? (first, second) : (periods[0], periods[1]);
        var (a, b) = (resolver.Cell(row, target, frame), resolver.Cell(row, basePeriod, frame));
        if (a is null || b is null || b.Value == 0)
        {
            return null;
        }
        var draft = new AnswerDraft(frame, "computed");
        var ratio = Numbers.Round(a.Value / b.Value, 2);
        var formula = $"{Plain(a.Value)} / {Plain(b.Value)}";
        draft.AddFigure($"{target.Korean} {row} ÷ {basePeriod.Korean} {row}", ratio, "배", formula, [draft.Input(a), draft.Input(b)]);
        var marks = draft.Cite([a.Source, b.Source]);
        draft.FollowUp($"{target.Korean} {row} 증가율은?", $"What was the growth rate of {Terms.Row(row, true)} in {target.English}?");
        return draft.Finish(draft.English
            ? $"The {Terms.Row(row, true)} budget is {Numbers.Amount(a.Value, a.Unit)} in {target.English} against {Numbers.Amount(b.Value, b.Unit)} in {basePeriod.English}, about {Numbers.Format(ratio, 2)} times {marks}. Formula: {formula}."
            : $"{target.Korean} {Josa.With(row, "은/는")} {Numbers.Amount(a.Value, a.Unit)}, {basePeriod.Korean} {Josa.With(row, "은/는")} {Josa.With(Numbers.Amount(b.Value, b.Unit), "으로/로")}, 약 {Numbers.Format(ratio, 2)}배입니다.{marks} 계산: {formula}");
    }

    /// <summary>Where a period is first named in the question (years as '19, 2019 or 19년; stages as 1단계).</summary>
    private static int Mention(string text, Period period)
    {
        string[] forms = period.SortKey < 100 ? [$"20{period.SortKey:00}", $"'{period.SortKey:00}", $"{period.SortKey:00}년"] : [$"{period.SortKey - 100}단계"];
        return forms.Select(f => text.IndexOf(f, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(int.MaxValue).Min();
    }

    private Answer? PercentOf(QuestionFrame frame)
    {
        var percent = frame.Measures.Select(m => resolver.Fact(m, frame, "%")).OfType<SourcedValue>().FirstOrDefault();
        var count = frame.Measures.Select(m => resolver.Fact(m, frame, "명")).OfType<SourcedValue>().FirstOrDefault();
        if (percent is null || count is null)
        {
            return null;
        }
        var draft = new AnswerDraft(frame, "computed");
        var value = Numbers.Round(count.Value * percent.Value / 100, 0);
        var formula = $"{Plain(count.Value)} × {Plain(percent.Value)} / 100";
        draft.AddFigure($"{count.Label} 중 {percent.Label}", value, "명", formula, [draft.Input(count), draft.Input(percent)]);
        var marks = draft.Cite([count.Source, percent.Source]);
        draft.FollowUp("청년 일자리는 몇 명인가요?", "How many were youth jobs?");
        draft.FollowUp("1단계 사업화 매출은?", "What were phase 1 sales?");
        return draft.Finish(draft.English
            ? $"{Numbers.Amount(percent.Value, "%")} of {Numbers.Amount(count.Value, count.Unit)} is about {Numbers.Format(value)} people {marks}. Formula: {formula}."
            : $"{count.Label} {Numbers.Amount(count.Value, count.Unit)} 중 {Numbers.Amount(percent.Value, "%")}이므로 약 {Numbers.Format(value)}명입니다.{marks} 계산: {formula}");
    }

    private Answer? Sum(QuestionFrame frame)
    {
        var row = resolver.BudgetRow(frame);
        var periods = resolver.Periods(frame);
        if (row is null || periods.Count < 2)
        {
            return null;
        }
        var values = periods.Select(p => resolver.Cell(row, p, frame)).ToList();
        if (values.Any(v => v is null))
        {
            return null;
        }
        var draft = new AnswerDraft(frame, "computed");
        var sum = values.Sum(v => v!.Value);
        var formula = string.Join(" + ", values.Select(v => Plain(v!.Value)));
        draft.AddFigure($"{row} 합계", sum, values[0]!.Unit, formula, [.. values.Select(v => draft.Input(v!))]);
        var marks = draft.Cite(values.Select(v => v!.Source));
        draft.FollowUp("증가율도 알려주세요", "What is the growth rate?");
        return draft.Finish(draft.English
            ? $"Adding them up, the {Terms.Row(row, true)} budget comes to {Numbers.Amount(sum, values[0]!.Unit)} {marks}. Formula: {formula}."
            : $"{string.Join(", ", periods.Select(p => p.Korean))} {row} 예산을 합치면 {Numbers.Amount(sum, values[0]!.Unit)}입니다.{marks} 계산: {formula}");
    }

    /// <summary>Two rows in one period: how far apart they are.</summary>
    private Answer? RowGap(QuestionFrame frame)
    {
        var period = resolver.SinglePeriod(frame);
        var (a, b) = (resolver.Cell(frame.Rows[0], period, frame), resolver.Cell(frame.Rows[1], period, frame));
        if (a is null || b is null)
        {
            return null;
        }
        var (high, low) = a.Value >= b.Value ? (a, b) : (b, a);
        var draft = new AnswerDraft(frame, "computed");
        var gap = high.Value - low.Value;
        var formula = $"{Plain(high.Value)} - {Plain(low.Value)}";
        draft.AddFigure($"{period.Korean} {high.Source.Row}와 {low.Source.Row}의 차이", gap, high.Unit, formula, [draft.Input(high), draft.Input(low)]);
        var marks = draft.Cite([high.Source, low.Source]);
        draft.FollowUp($"{period.Korean} 국비 비중은?", $"What share of {period.English} is national funding?");
        return draft.Finish(draft.English
            ? $"In {period.English}, {Terms.Row(high.Source.Row!, true)} is {Numbers.Amount(high.Value, high.Unit)} and {Terms.Row(low.Source.Row!, true)} is {Numbers.Amount(low.Value, low.Unit)}: a gap of {Numbers.Amount(gap, high.Unit)} {marks}. Formula: {formula}."
            : $"{period.Korean} {Josa.With(high.Source.Row!, "은/는")} {Numbers.Amount(high.Value, high.Unit)}, {Josa.With(low.Source.Row!, "은/는")} {Josa.With(Numbers.Amount(low.Value, low.Unit), "으로/로")} 차이는 {Numbers.Amount(gap, high.Unit)}입니다.{marks} 계산: {formula}");
    }

    /// <summary>A total with a row taken out ("그중 R&amp;D 빼면?").</summary>
    private Answer? Exclude(QuestionFrame frame)
    {
        var row = resolver.MainRow(frame);
        if (row is null || frame.Excluded.Count == 0)
        {
            return null;
        }
        var period = resolver.SinglePeriod(frame);
        var whole = resolver.Cell(row, period, frame);
        var parts = frame.Excluded.Select(r => resolver.Cell(r, period, frame)).ToList();
        if (whole is null || parts.Any(p => p is null))
        {
            return null;
        }
        var draft = new AnswerDraft(frame, "computed");
        var rest = whole.Value - parts.Sum(p => p!.Value);
        var formula = $"{Plain(whole.Value)} - {string.Join(" - ", parts.Select(p => Plain(p!.Value)))}";
        var excluded = string.Join(", ", frame.Excluded);
        draft.AddFigure($"{period.Korean} {row}에서 {excluded} 제외", rest, whole.Unit, formula, [draft.Input(whole), .. parts.Select(p => draft.Input(p!))]);
        var marks = draft.Cite([whole.Source, .. parts.Select(p => p!.Source)]);
        draft.FollowUp($"{period.Korean} {excluded} 비중은?", $"What share is {excluded}?");
        return draft.Finish(draft.English
            ? $"{Terms.Row(row, true)} for {period.English} is {Numbers.Amount(whole.Value, whole.Unit)}; without {excluded} that leaves {Numbers.Amount(rest, whole.Unit)} {marks}. Formula: {formula}."
            : $"{period.Korean} {Josa.With(row, "은/는")} {Numbers.Amount(whole.Value, whole.Unit)}이고, 여기서 {Josa.With(excluded, "을/를")} 빼면 {Numbers.Amount(rest, whole.Unit)}입니다.{marks} 계산: {formula}");
    }

    private static string Plain(decimal value) => Numbers.Plain(value);
}
