using Answering.Composing;
using Answering.Contract;
using Answering.Understanding;

namespace Answering.Skills;

/// <summary>A result stated in running text (일자리 649명, 매출 1,446억원), for the stage or region asked; honest when the scope has none.</summary>
public sealed class MeasureSkill(ValueResolver resolver) : ISkill
{
    private static readonly string[] NumberWords = ["얼마", "몇", "규모", "수는", "수가", "수를", "액", "건수", "실적", "how many", "how much", "number", "figure", "전망", "예상", "목표", "forecast", "expect"];

    public Answer? TryAnswer(QuestionFrame frame)
    {
        var measures = frame.Measures.Where(m => m.Key != "예산" || frame.Regions.Count > 0).ToList();
        if (measures.Count == 0 || !frame.Text.HasAny(NumberWords))
        {
            return null;
        }
        var draft = new AnswerDraft(frame, "figure");
        var parts = new List<string>();
        foreach (var measure in measures)
        {
            var facts = resolver.Facts(measure, frame);
            if (facts.Count == 0)
            {
                continue;
            }
            var values = facts.GroupBy(f => (f.Value, f.Unit)).ToList();
            foreach (var group in values.Take(2))
            {
                var marks = string.Concat(group.Take(2).Select(f => draft.Cite(f.Source)));
                draft.AddFigure(measure.Key, group.Key.Value, group.Key.Unit);
                parts.Add(draft.English
                    ? $"{measure.EnglishName}: {Numbers.Amount(group.Key.Value, group.Key.Unit)} {marks}"
                    : $"{measure.Key} {Numbers.Amount(group.Key.Value, group.Key.Unit)}{marks}");
            }
        }
        var scope = frame.Regions.FirstOrDefault()?.Short ?? (frame.Stages.Count == 1 ? $"{frame.Stages[0]}단계" : null);
        if (parts.Count == 0)
        {
            return NotStated(frame, measures[0], scope);
        }
        draft.FollowUp("1단계 성과를 더 알려주세요", "What else did phase 1 achieve?");
        draft.FollowUp("경북 성과사례는 어떤가요?", "Tell me about a success case.");
        var conflict = parts.Count > measures.Count;
        return draft.Finish(draft.English
            ? $"According to the document{(scope is null ? "" : $" ({scope})")}: {string.Join("; ", parts)}.{(conflict ? " Note that the document gives different figures in different places." : "")}"
            : $"문서에 따르면 {(scope is null ? "" : scope + " ")}{string.Join(", ", parts)}입니다.{(conflict ? " 문서 안에서 위치에 따라 수치가 다르게 적혀 있으니 참고해 주세요." : "")}");
    }

    private Answer NotStated(QuestionFrame frame, Knowledge.Measure measure, string? scope)
    {
        var draft = new AnswerDraft(frame, "out_of_scope") { Answerable = false };
        var closest = resolver.Knowledge.Facts.For(measure).Take(2).ToList();
        var marks = string.Concat(closest.Select(f => draft.Cite(f.Source)));
        draft.FollowUp("1단계 일자리 성과는?", "How many jobs did phase 1 create?");
        draft.FollowUp("2단계 예산은 얼마인가요?", "What is the phase 2 budget?");
        return draft.Finish(draft.English
            ? $"The document does not give {measure.EnglishName} for {scope ?? "that"}, so I can't state a number. The closest passages are cited {marks}."
            : $"문서에는 {(scope is null ? "" : scope + " ")}{measure.Key}에 대한 수치나 전망이 나와 있지 않아 답을 드리기 어려워요. 가장 가까운 내용은 인용한 부분을 참고해 주세요.{marks}");
    }
}
