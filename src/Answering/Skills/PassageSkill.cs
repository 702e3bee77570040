using Answering.Composing;
using Answering.Contract;
using Answering.Knowledge;
using Answering.Understanding;
using Corpus.Model;

namespace Answering.Skills;

/// <summary>The last resort: the passages that best match the question, quoted; when nothing matches, an honest "not in the documents".</summary>
public sealed class PassageSkill(ValueResolver resolver) : ISkill
{
    private const float MinimumScore = 1.5f;

    public Answer? TryAnswer(QuestionFrame frame)
    {
        var knowledge = resolver.Knowledge;
        var hits = Rerank(frame, knowledge.Index.Search(frame.Text.Normalized, 20, u => u.Kind is not (UnitKind.TableTitle or UnitKind.AppendixHeading) && u.Text.Length > 12 && !knowledge.IsTableHeader(u)));
        if (hits.Count == 0 || hits[0].Score < MinimumScore)
        {
            return NotFound(frame, hits);
        }
        var draft = new AnswerDraft(frame, frame.Text.HasAny("언제", "기간", "일정", "이유", "변경", "when", "why") ? "timeline" : "lookup");
        var chosen = hits.Where(h => h.Score >= hits[0].Score * 0.8f).Take(2).ToList();
        var quotes = chosen.Select(h => $"“{Readable(h.Unit.Text)}”{draft.Cite(Source.Of(h.Unit))}");
        draft.FollowUp("2단계 예산은 얼마인가요?", "What is the phase 2 budget?");
        draft.FollowUp("1단계 성과는 어땠나요?", "What did phase 1 achieve?");
        return draft.Finish(draft.English
            ? $"Here is what the document says: {string.Join(" ", quotes)}"
            : $"문서에는 이렇게 나와 있어요. {string.Join(" ", quotes)}");
    }

    /// <summary>A passage holding the numbers the question mentions ("7년에서 10년으로") is the one it asks about.</summary>
    private static List<Retrieval.PassageHit> Rerank(QuestionFrame frame, IReadOnlyList<Retrieval.PassageHit> hits)
    {
        var numbers = frame.Quantities.Where(q => q.Unit.Length > 0).Select(q => q.Value).ToHashSet();
        if (numbers.Count == 0)
        {
            return [.. hits];
        }
        return [.. hits.Select(h => h with { Score = h.Score * (1 + 0.5f * Corpus.Quantities.QuantityScanner.Scan(h.Unit.Text).Count(q => numbers.Contains(q.Value))) })
            .OrderByDescending(h => h.Score)];
    }

    private static Answer NotFound(QuestionFrame frame, IReadOnlyList<Retrieval.PassageHit> hits)
    {
        var draft = new AnswerDraft(frame, "out_of_scope") { Answerable = false };
        var marks = string.Concat(hits.Take(2).Select(h => draft.Cite(Source.Of(h.Unit))));
        draft.FollowUp("국가혁신클러스터 사업은 무엇인가요?", "What is the National Innovation Cluster program?");
        draft.FollowUp("2단계 예산은 얼마인가요?", "What is the phase 2 budget?");
        return draft.Finish(draft.English
            ? $"I couldn't find this in the documents, so I can't answer it.{(marks.Length > 0 ? $" The closest passages are cited {marks}." : "")}"
            : $"문서에서 관련 내용을 찾지 못해 답변드리기 어려워요.{(marks.Length > 0 ? $" 가장 가까운 내용을 함께 인용해 드려요.{marks}" : "")}");
    }

    private static string Readable(string text) => text.Replace('\t', ' ');
}
