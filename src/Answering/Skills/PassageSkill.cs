using Answering.Composing;
using Answering.Contract;
using Answering.Knowledge;
using Answering.Understanding;
using Corpus.Model;

namespace Answering.Skills;

/// <summary>The last resort: the passages that best match the question, quoted; when nothing matches, an honest "not in the documents".</summary>
public sealed partial class PassageSkill(ValueResolver resolver) : ISkill
{
    private const float MinimumScore = 1.5f;

    public Answer? TryAnswer(QuestionFrame frame)
    {
        var knowledge = resolver.Knowledge;
        var hits = Rerank(frame, knowledge.Index.Search(frame.Text.Normalized, 20, u => frame.InScope(u.Doc) && knowledge.IsPassage(u)));
        if (hits.Count == 0 || hits[0].Score < MinimumScore || hits[0].SharedWords == 0)
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

    /// <summary>
    /// BM25 order, adjusted by what the wording of a passage tells: it holds the numbers the question
    /// mentions ("7년에서 10년으로"), its label is the word asked about ("□ (목적) …" for 목적), or it is
    /// only a short caption.
    /// </summary>
    private static List<Retrieval.PassageHit> Rerank(QuestionFrame frame, IReadOnlyList<Retrieval.PassageHit> hits)
    {
        var numbers = frame.Quantities.Where(q => q.Unit.Length > 0).Select(q => q.Value).ToHashSet();
        return [.. hits.Select(h => h with { Score = h.Score * Weight(frame, h.Unit.Text, numbers) }).OrderByDescending(h => h.Score)];
    }

    private static float Weight(QuestionFrame frame, string text, HashSet<decimal> numbers)
    {
        var weight = 1f;
        if (numbers.Count > 0)
        {
            weight *= 1 + 0.5f * Corpus.Quantities.QuantityScanner.Scan(text).Count(q => numbers.Contains(q.Value));
        }
        if (Label().Match(text) is { Success: true } label && frame.Text.Has(label.Groups[1].Value))
        {
            weight *= 2;
        }
        return text.Length < 25 ? weight * 0.6f : weight;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[□○*\-\s]*\(([^)]{2,12})\)")]
    private static partial System.Text.RegularExpressions.Regex Label();

    private static Answer NotFound(QuestionFrame frame, IReadOnlyList<Retrieval.PassageHit> hits)
    {
        var draft = new AnswerDraft(frame, "out_of_scope") { Answerable = false };
        var marks = string.Concat(hits.Take(2).Select(h => draft.Cite(Source.Of(h.Unit))));
        draft.FollowUp("이 사업은 무엇인가요?", "What is this program about?");
        draft.FollowUp("2단계 예산은 얼마인가요?", "What is the phase 2 budget?");
        return draft.Finish(draft.English
            ? $"I couldn't find this in the documents, so I can't answer it.{(marks.Length > 0 ? $" The closest passages are cited {marks}." : "")}"
            : $"문서에서 관련 내용을 찾지 못해 답변드리기 어려워요.{(marks.Length > 0 ? $" 가장 가까운 내용을 함께 인용해 드려요.{marks}" : "")}");
    }

    private static string Readable(string text) => text.Replace('\t', ' ');
}
