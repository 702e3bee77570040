using Answering.Composing;
using Answering.Contract;
using Answering.Knowledge;
using Answering.Understanding;

namespace Answering.Skills;

/// <summary>
/// A figure read off a table: a row (R&amp;D, 국비, 합계…) in a period (a year, a stage, or the total).
/// Without a period it gives the row stage by stage with the total; a cell that says 미정 or is blank is
/// reported as not decided, never as a number.
/// </summary>
public sealed class FigureSkill(ValueResolver resolver) : ISkill
{
    private static readonly string[] AmountWords = ["얼마", "규모", "예산", "사업비", "금액", "총액", "합계", "투입", "편성", "몇", "지원액"];
    private static readonly string[] DescriptiveWords = ["어떤", "무엇", "뭐", "무슨", "어떻게", "왜", "이유", "언제", "누가", "when", "who"];

    public Answer? TryAnswer(QuestionFrame frame)
    {
        var asksAmount = frame.Text.HasAny(AmountWords);
        if (frame.Regions.Count > 0 || (frame.Text.HasAny(DescriptiveWords) && !asksAmount))
        {
            return null;
        }
        var row = resolver.BudgetRow(frame);
        if (row is null)
        {
            return null;
        }
        if (frame.Years.Count >= 2)
        {
            // "2019년과 2020년 R&D 예산 같아?": each year's cell, not a total over them.
            return ByPeriod(frame, row, resolver.Periods(frame), byYear: true);
        }
        return frame.HasPeriod ? OnePeriod(frame, row, resolver.SinglePeriod(frame)) : ByPeriod(frame, row, StagesAndTotal(), byYear: false);
    }

    private Answer? OnePeriod(QuestionFrame frame, string row, Period period)
    {
        var cells = resolver.Cells(row, period, frame, out var nonNumeric);
        if (cells.Count == 0)
        {
            return null;
        }
        var draft = new AnswerDraft(frame, "figure");
        var marks = draft.Cite(cells.Take(2).Select(c => c.Source));
        draft.FollowUp($"{period.Korean} 다른 항목 예산도 알려주세요", $"What about the other budget lines for {period.English}?");
        if (nonNumeric is not null)
        {
            draft.Kind = "out_of_scope";
            draft.Answerable = false;
            draft.FollowUp("1·2단계 예산은 얼마인가요?", "What are the phase 1 and 2 budgets?");
            return draft.Finish(draft.English
                ? $"The document does not give that figure: in the budget table the {Terms.Row(row, true)} cell for {period.English} is {(nonNumeric.Length == 0 ? "left blank" : $"'{nonNumeric}' (not decided)")} {marks}, so no amount has been set yet."
                : $"{period.Korean} {row} 예산은 아직 정해지지 않았어요. 지원 규모 표에서 해당 칸이 {(nonNumeric.Length == 0 ? "비어 있어" : $"'{nonNumeric}'으로 되어 있어")} 금액을 말씀드릴 수 없어요.{marks}");
        }
        var value = cells[0];
        draft.AddFigure(value.Label, value.Value, value.Unit);
        var amount = Numbers.Amount(value.Value, value.Unit);
        draft.FollowUp("2단계 예산은 1단계보다 얼마나 늘었나요?", "How much did it grow from phase 1 to phase 2?");
        draft.FollowUp("시도별로 나누면 얼마인가요?", "How much is that per region?");
        return draft.Finish(draft.English
            ? $"The {Terms.Row(row, true)} budget for {period.English} is {amount} {marks}."
            : $"{Josa.With(Subject(row, period), "은/는")} {amount}입니다.{marks}");
    }

    private List<Period> StagesAndTotal() =>
        [.. resolver.Knowledge.Stages.All.Select(s => new Period(ColumnSelector.StageTotal(s.Number), $"{s.Number}단계", $"phase {s.Number}", s.Number)).Append(resolver.GrandTotal)];

    /// <summary>A row over several periods (each stage and the grand total when none is named): each value, and what is not decided.</summary>
    private Answer? ByPeriod(QuestionFrame frame, string row, IReadOnlyList<Period> periods, bool byYear)
    {
        var draft = new AnswerDraft(frame, "figure");
        var parts = new List<string>();
        var undecided = new List<string>();
        foreach (var period in periods)
        {
            var cells = resolver.Cells(row, period, frame, out var nonNumeric);
            if (cells.Count == 0)
            {
                continue;
            }
            var marks = draft.Cite(cells.Take(1).Select(c => c.Source));
            if (nonNumeric is not null)
            {
                if (nonNumeric.Length > 0)
                {
                    undecided.Add(draft.English ? $"{period.English} is '{nonNumeric}' (not decided) {marks}" : $"{period.Korean}는 '{nonNumeric}'{marks}");
                }
                continue;
            }
            draft.AddFigure(cells[0].Label, cells[0].Value, cells[0].Unit);
            parts.Add(draft.English ? $"{period.English}: {Numbers.Amount(cells[0].Value, cells[0].Unit)} {marks}" : $"{period.Korean} {Numbers.Amount(cells[0].Value, cells[0].Unit)}{marks}");
        }
        if (parts.Count == 0)
        {
            return null;
        }
        draft.FollowUp($"2단계 {row} 예산은 1단계보다 얼마나 늘었나요?", $"How much did {Terms.Row(row, true)} grow from phase 1 to phase 2?");
        draft.FollowUp($"'21년 {row} 예산은?", $"What was {Terms.Row(row, true)} in 2021?");
        var rest = undecided.Count == 0 ? "" : draft.English ? $" {string.Join("; ", undecided)}." : $" {Josa.With(string.Join(", ", undecided), "으로/로")} 아직 정해지지 않았어요.";
        return draft.Finish(draft.English
            ? $"The {Terms.Row(row, true)} budget by {(byYear ? "year" : "phase")} — {string.Join("; ", parts)}.{rest}"
            : $"{Josa.With(Subject(row, null), "은/는")} {(byYear ? "연도별로" : "단계별로")} {string.Join(", ", parts)}입니다.{rest}");
    }

    private string Subject(string row, Period? period)
    {
        var prefix = period is null ? "" : period.Korean + " ";
        return row == resolver.Knowledge.Figures.TotalRow ? $"{prefix}총사업비({row})" : $"{prefix}{row} 예산";
    }
}
