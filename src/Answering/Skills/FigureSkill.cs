using Answering.Composing;
using Answering.Contract;
using Answering.Understanding;

namespace Answering.Skills;

/// <summary>A figure read off a table: a row (R&amp;D, 국비, 합계…) in a period (a year, a stage, or the total).</summary>
public sealed class FigureSkill(ValueResolver resolver) : ISkill
{
    public Answer? TryAnswer(QuestionFrame frame)
    {
        var row = resolver.MainRow(frame);
        if (row is null && (frame.HasPeriod && frame.Text.HasAny("예산", "사업비", "투입", "편성", "지원규모", "얼마") && frame.Measures.Count == 0 && frame.Regions.Count == 0))
        {
            row = resolver.Knowledge.Figures.TotalRow;
        }
        if (row is null || frame.Regions.Count > 0)
        {
            return null;
        }
        var period = resolver.SinglePeriod(frame);
        var cells = resolver.Cells(row, period, out var nonNumeric);
        var draft = new AnswerDraft(frame, "figure");
        if (cells.Count == 0)
        {
            return null;
        }
        var marks = string.Concat(cells.Take(2).Select(c => draft.Cite(c.Source)));
        draft.FollowUp($"{period.Korean} 다른 항목 예산도 알려주세요", $"What about the other budget lines for {period.English}?");
        if (nonNumeric is not null || cells[0].Unit.Length == 0)
        {
            draft.Kind = "out_of_scope";
            draft.Answerable = false;
            var state = string.IsNullOrWhiteSpace(nonNumeric) ? (draft.English ? "left blank" : "비어 있어") : $"'{nonNumeric}'";
            draft.FollowUp("1·2단계 예산은 얼마인가요?", "What are the phase 1 and 2 budgets?");
            return draft.Finish(draft.English
                ? $"The document does not give that figure yet: in the budget table the {Terms.Row(row, true)} cell for {period.English} is {state} {marks}, so no amount has been decided."
                : $"{period.Korean} {row} 예산은 아직 정해지지 않았어요. 지원 규모 표에서 해당 칸이 {state}{(nonNumeric is null ? "" : "으로 되어")} 있어 금액을 말씀드릴 수 없어요.{marks}");
        }
        var value = cells[0];
        var isTotal = row == resolver.Knowledge.Figures.TotalRow;
        var subject = isTotal ? $"{period.Korean.Replace(" 합계", "", StringComparison.Ordinal)} 총사업비({row})" : $"{period.Korean} {row} 예산";
        draft.AddFigure(value.Label, value.Value, value.Unit);
        var amount = Numbers.Amount(value.Value, value.Unit);
        draft.FollowUp("2단계 예산은 1단계보다 얼마나 늘었나요?", "How much did it grow from phase 1 to phase 2?");
        draft.FollowUp("시도별로 나누면 얼마인가요?", "How much is that per region?");
        return draft.Finish(draft.English
            ? $"The {Terms.Row(row, true)} budget for {period.English} is {amount} {marks}."
            : $"{Josa.With(subject, "은/는")} {amount}입니다.{marks}");
    }
}
