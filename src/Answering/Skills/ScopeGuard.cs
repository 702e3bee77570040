using Answering.Composing;
using Answering.Contract;
using Answering.Knowledge;
using Answering.Understanding;

namespace Answering.Skills;

/// <summary>A question about a region the documents never mention (서울): say so, list the regions they do cover, and state nothing as known.</summary>
public sealed class ScopeGuard(ValueResolver resolver) : ISkill
{
    public Answer? TryAnswer(QuestionFrame frame)
    {
        var knowledge = resolver.Knowledge;
        var absent = frame.Regions.FirstOrDefault(r => !knowledge.Regions.Present.Contains(r));
        if (absent is null || knowledge.Sectors.Entries.Count == 0)
        {
            return null;
        }
        var draft = new AnswerDraft(frame, "out_of_scope") { Answerable = false };
        var table = knowledge.Sectors.Entries[0].Table;
        var covered = knowledge.Sectors.Entries.Select(e => e.Region).ToList();
        var mark = draft.Cite(new Source(table.Doc, table.FromLine, table.ToLine, knowledge.Corpus.FindParsed(table.Doc)!.Line(table.FromLine)));
        draft.FollowUp($"{covered[0]} 클러스터는 어떤 분야인가요?", $"What is the {covered[0]} cluster's sector?");
        draft.FollowUp("국가혁신클러스터 지정 기준은?", "What are the designation criteria?");
        return draft.Finish(draft.English
            ? $"The documents do not mention a cluster in {absent.English}, so I can't say what it would focus on. The clusters they cover are in {covered.Count} regions: {string.Join(", ", covered)} {mark}."
            : $"문서에는 {absent.Short} 국가혁신클러스터에 대한 내용이 없어 답변드리기 어려워요. 문서가 다루는 곳은 {string.Join(", ", covered)} 등 {covered.Count}개 시·도예요.{mark}");
    }
}
