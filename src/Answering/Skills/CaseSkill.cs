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
        var conflict = false;
        Source? factSource = null;
        foreach (var measure in frame.Measures)
        {
            var facts = resolver.Facts(measure, frame);
            if (FactPhrases.Describe(draft, measure, facts, $"{region.Short} ", out var disagree) is { } part)
            {
                parts.Add(part);
                conflict |= disagree;
                factSource ??= facts[0].Source;
            }
        }
        if (conflict)
        {
            parts.Add(draft.English ? "(the document gives different figures in different places)" : "(문서 안에서 위치에 따라 수치가 다르게 적혀 있어요)");
        }
        // The passage a stated figure came from is the one to show; otherwise the best match.
        var best = passages.Select(p => p.Item2).FirstOrDefault(s => factSource is not null && s.Doc == factSource.Doc && s.FromLine == factSource.FromLine && s.Quote.Contains(factSource.Quote, StringComparison.Ordinal))
            ?? Best(frame, passages);
        var quote = $"“{best.Quote}”{draft.Cite(best)}";
        draft.FollowUp($"{region.Short} 클러스터 육성 분야는?", $"What is {region.English}'s sector?");
        draft.FollowUp("다른 지역 성과사례도 알려주세요", "Tell me about the other success case.");
        var figures = parts.Count == 0 ? "" : (draft.English ? $"{string.Join("; ", parts)}. " : $"{string.Join(", ", parts)}입니다. ");
        return draft.Finish(draft.English
            ? $"From the {region.English} success case: {figures}The document says: {quote}"
            : $"{region.Short} 성과사례를 보면 {figures}문서 내용은 다음과 같아요. {quote}");
    }

    /// <summary>The passage that ranks highest for the question (BM25 weighs rare words such as 주력사업 over the program's name).</summary>
    private Source Best(QuestionFrame frame, List<(DocumentUnit Unit, Source Source)> passages)
    {
        var aspect = passages.Where(p => p.Source.Row is { } row && AspectWords(row, p.Source.TableTitle).Any(frame.Text.Has)).ToList();
        if (frame.Measures.Count == 0 && aspect.Count == 0)
        {
            // "Tell me about the case": the summary block (one cell per case) says it all.
            return passages.FirstOrDefault(p => p.Unit.Column is not null).Source ?? passages[0].Source;
        }
        if (aspect.Count > 0)
        {
            passages = aspect;
        }
        var units = passages.Select(p => p.Unit).ToHashSet();
        var hits = resolver.Knowledge.Index.Search(frame.Text.Normalized, 1, units.Contains);
        return hits.Count > 0 ? passages.First(p => p.Unit == hits[0].Unit).Source : passages[0].Source;
    }

    /// <summary>
    /// The words by which a question names one part of a case: a case table's row header (추진배경) or its
    /// last two syllables (배경) — unless the table's title uses the word for the case itself (성과 in "성과 창출 사례").
    /// </summary>
    private static IEnumerable<string> AspectWords(string rowHeader, string? title) =>
        rowHeader.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 2).SelectMany(w => new[] { w, w[^2..] })
            .Where(w => title is null || !title.Contains(w, StringComparison.Ordinal));

    /// <summary>The region's case passages: its cell of a block table (one case per column), and the rows of a case table titled with it.</summary>
    private IEnumerable<(DocumentUnit, Source)> CasePassages(string region)
    {
        foreach (var document in resolver.Knowledge.Corpus.Parsed)
        {
            foreach (var unit in document.Units.Where(u => u.Table is not null && u.Kind is UnitKind.TableRow))
            {
                var table = document.Tables[unit.Table!.Value];
                if (unit.Column is int c && table.ColumnName(c).Contains(region, StringComparison.Ordinal))
                {
                    yield return (unit, new Source(document.Name, unit.FromLine, unit.ToLine, FactBook.BlockText(unit.Text), table.Title, null, table.ColumnName(c)));
                }
                else if (unit.Column is null && (table.Title?.Contains(region, StringComparison.Ordinal) ?? false) && (table.Title?.Contains("사례", StringComparison.Ordinal) ?? false)
                    && table.Rows.FirstOrDefault(r => r.Line == unit.FromLine) is { } row)
                {
                    yield return (unit, new Source(document.Name, row.Line, row.Line, row.RawLine, table.Title, row.HeaderName, table.ColumnName(table.ColumnPaths.Count - 1)));
                }
            }
        }
    }
}
