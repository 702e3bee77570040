using Answering.Composing;
using Answering.Contract;
using Answering.Knowledge;
using Answering.Understanding;

namespace Answering.Skills;

/// <summary>The stages and the years they cover, with any recorded change of plan; other "when" questions go to the passages.</summary>
public sealed class TimelineSkill(ValueResolver resolver) : ISkill
{
    public Answer? TryAnswer(QuestionFrame frame)
    {
        var stages = resolver.Knowledge.Stages.All;
        var asksPeriod = frame.Text.HasAny("기간", "몇년", "언제부터언제", "단계별기간", "몇년도");
        if (!asksPeriod || stages.Count == 0 || frame.HasSubject || frame.Text.HasAny("이유", "왜"))
        {
            return null;
        }
        var asked = frame.Stages.Count > 0 ? stages.Where(s => frame.Stages.Contains(s.Number)).ToList() : [.. stages];
        if (asked.Count == 0)
        {
            return null;
        }
        var draft = new AnswerDraft(frame, "timeline");
        var parts = asked.Select(s => draft.English
            ? $"phase {s.Number}: '{s.FromYear:00}–'{s.ToYear:00} (20{s.FromYear:00}–20{s.ToYear:00}) {draft.Cite(s.Source)}"
            : $"{s.Number}단계 '{s.FromYear:00}~'{s.ToYear:00}년{draft.Cite(s.Source)}").ToList();
        var change = resolver.Knowledge.Index.Search("계획 변경 당초 사업기간", 1, u => u.Text.Contains("변경", StringComparison.Ordinal) && u.Kind is not Corpus.Model.UnitKind.TableRow).FirstOrDefault();
        var note = change.Unit is null ? "" : draft.English
            ? $" The plan was changed along the way: “{change.Unit.Text}” {draft.Cite(Source.Of(change.Unit))}"
            : $" 사업기간은 도중에 변경되었어요: “{change.Unit.Text}”{draft.Cite(Source.Of(change.Unit))}";
        draft.FollowUp("사업기간이 바뀐 이유는?", "Why was the schedule changed?");
        draft.FollowUp("3단계는 어떻게 달라지나요?", "What changes in phase 3?");
        return draft.Finish(draft.English
            ? $"The program's phases are {string.Join("; ", parts)}.{note}"
            : $"사업 단계별 기간은 {string.Join(", ", parts)}입니다.{note}");
    }
}
