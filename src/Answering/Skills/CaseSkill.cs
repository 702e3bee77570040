using Answering.Composing;
using Answering.Contract;
using Answering.Knowledge;
using Answering.Understanding;
using Corpus.Model;

namespace Answering.Skills;

/// <summary>A region's success case: the figures asked for (예산, 기업 유치…) and the passage of the case that best matches the question.</summary>
public sealed class CaseSkill(ValueResolver resolver) : ISkill
{
    public Answer? TryAnswer(QuestionFrame frame)
    {
        var region = frame.Regions.FirstOrDefault();
        if (region is null || !frame.Text.HasAny("사례", "성과", "배경", "추진", "전망", "사업화"))
        {
            return null;
        }
        var passages = CasePassages(region.Short).ToList();
        if (passages.Count == 0)
        {
            return null;
        }
        var draft = new AnswerDraft(frame, "case");
        var parts = new List<string>();
        foreach (var measure in frame.Measures)
        {
            var fact = resolver.Facts(measure, frame).FirstOrDefault();
            if (fact is not null)
            {
                draft.AddFigure($"{region.Short} {measure.Key}", fact.Value, fact.Unit);
                parts.Add(draft.English
                    ? $"{measure.EnglishName}: {Numbers.Amount(fact.Value, fact.Unit)} {draft.Cite(fact.Source)}"
                    : $"{measure.Key} {Numbers.Amount(fact.Value, fact.Unit)}{draft.Cite(fact.Source)}");
            }
        }
        var best = passages.OrderByDescending(p => Overlap.Score(frame.Text, p.Quote)).First();
        var quote = $"“{best.Quote}”{draft.Cite(best)}";
        draft.FollowUp($"{region.Short} 클러스터 육성 분야는?", $"What is {region.English}'s sector?");
        draft.FollowUp("다른 지역 성과사례도 알려주세요", "Tell me about the other success case.");
        var figures = parts.Count == 0 ? "" : (draft.English ? $"{string.Join("; ", parts)}. " : $"{string.Join(", ", parts)}입니다. ");
        return draft.Finish(draft.English
            ? $"From the {region.English} success case: {figures}The document says: {quote}"
            : $"{region.Short} 성과사례를 보면 {figures}문서 내용은 다음과 같아요. {quote}");
    }

    /// <summary>The region's case passages: its column of a block table, and the rows under a heading about it.</summary>
    private IEnumerable<Source> CasePassages(string region)
    {
        var knowledge = resolver.Knowledge;
        foreach (var document in knowledge.Corpus.Parsed)
        {
            foreach (var table in document.Tables)
            {
                if (table.RowHeaderWidth == 0)
                {
                    foreach (var cell in table.Rows.SelectMany(r => r.Cells).Where(c => !c.IsEmpty && c.ColumnName.Contains(region, StringComparison.Ordinal)))
                    {
                        yield return new Source(document.Name, cell.Line, cell.Line, FactBook.BlockText(cell.Text), table.Title, null, cell.ColumnName);
                    }
                }
                else if ((table.Title?.Contains(region, StringComparison.Ordinal) ?? false) && (table.Title?.Contains("사례", StringComparison.Ordinal) ?? false))
                {
                    foreach (var row in table.Rows)
                    {
                        yield return new Source(document.Name, row.Line, row.Line, row.RawLine, table.Title, row.HeaderName, table.ColumnName(table.ColumnPaths.Count - 1));
                    }
                }
            }
        }
    }
}
