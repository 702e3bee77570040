using Answering.Composing;

namespace Answering.Documents;

/// <summary>
/// A question that names no document, asked of a corpus where several documents answer it alike ("이 보도자료 엠바고
/// 언제 풀려요?", "추가 취재는 누구한테 연락하면 되나요?"): each document's answer in turn, newest first, instead of the
/// first document's in name order; when more tie than fit, the reply asks which document is meant.
/// </summary>
public static class EachDocument
{
    private const double SameScore = 0.01;

    /// <summary>The documents that rank first together (none when one ranks first alone).</summary>
    public static IReadOnlyList<DocumentMatch> Tied(IReadOnlyList<DocumentMatch> ranked)
    {
        if (ranked.Count < 2 || Math.Abs(ranked[0].Score - ranked[1].Score) >= SameScore)
        {
            return [];
        }
        return [.. ranked.TakeWhile(d => Math.Abs(d.Score - ranked[0].Score) < SameScore)
            .OrderByDescending(d => d.Document.Profile.Date ?? DateOnly.MinValue).ThenBy(d => d.Document.Name, StringComparer.Ordinal)];
    }

    /// <summary>One draft holding each tied document's answer, or null when fewer than two of them answer.</summary>
    public static AnswerDraft? Answer(IReadOnlyList<DocumentMatch> tied, Func<DocumentMatch, AnswerDraft?> answerIn)
    {
        var answered = new List<(DocumentMatch Match, AnswerDraft Draft)>();
        foreach (var match in tied)
        {
            if (answerIn(match) is { Answerable: true, HasContent: true } draft)
            {
                if (draft.Kind is "factcheck" or "eligibility")
                {
                    // A verdict belongs to one document's rules; several verdicts in one answer would read as one.
                    return null;
                }
                answered.Add((match, draft));
            }
        }
        if (answered.Count < 2)
        {
            return null;
        }
        var question = answered[0].Draft.Question;
        var english = question.IsEnglish;
        // Each document's answer keeps its own sources (its line and the one beside it), for up to eight documents.
        var merged = new AnswerDraft(question, answered[0].Draft.Kind) { MaxCitations = 16 };
        merged.Focus.Document = answered[0].Match.Document.Name;
        merged.Say(english ? $"{answered.Count} documents answer this; here is each one's answer." : $"{answered.Count}개 문서에 해당 내용이 있어 문서별로 알려 드려요.");
        var shown = 0;
        foreach (var (match, draft) in answered)
        {
            if (!merged.HasRoomFor(draft))
            {
                break;
            }
            DisagreementNote.Add(draft, match.Document);
            var name = $"「{match.Document.Profile.DisplayName}」";
            // The answer may already name its document ("「…」 관련 문의처는"): the number alone leads it then.
            merged.Append(draft, draft.Text.Contains(name, StringComparison.Ordinal) ? $"({++shown})" : $"({++shown}) {name}{Dated(match, english)}:");
        }
        if (shown < answered.Count)
        {
            var left = answered.Count - shown;
            merged.Say(english
                ? $"{left} more documents also answer this. Tell me which document you mean and I will answer from it."
                : $"그 밖에 {left}개 문서에도 관련 내용이 있어요. 어느 문서를 말씀하시는지 알려 주시면 그 문서로 답해 드릴게요.");
        }
        return merged;
    }

    private static string Dated(DocumentMatch match, bool english) => match.Document.Profile.Date is { } date
        ? english ? $" ({date:yyyy-MM-dd})" : $"({date.Year}. {date.Month}. {date.Day}.)"
        : "";
}
