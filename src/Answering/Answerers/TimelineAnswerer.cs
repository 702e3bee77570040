using Answering.Composing;
using Answering.Documents;
using Answering.Evidence;
using Answering.Understanding;
using Corpus.Model;

namespace Answering.Answerers;

/// <summary>
/// When something happens: the passages and schedule rows that write dates and carry the question's words,
/// quoted exactly (the embargo lines for 엠바고/보도 questions).
/// </summary>
public static partial class TimelineAnswerer
{
    public static bool Applies(Question question) =>
        question.Has(Asks.When) && !question.IsClaim && !question.IsEligibility
        && (question.Text.Contains("언제", StringComparison.Ordinal) || !question.Has(Asks.Amount | Asks.Count | Asks.Percent | Asks.Duration | Asks.Score));

    /// <summary>When a release may be reported: 엠바고, 보도 시점, 언제부터 보도할 수, 기사 써도, when can it be published.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"엠바고|보도\s?시점|언제 풀|보도(?:할|해도|하면|가능|돼|될|하여도)|기사(?:를|는)?\s?(?:써도|내도|쓸\s?수|내보내)|(?i:embargo|be (?:published|reported|run)\b)")]
    private static partial System.Text.RegularExpressions.Regex AsksEmbargo();

    public static AnswerDraft? Answer(DocumentMatch match)
    {
        var question = match.Question;
        var draft = new AnswerDraft(question, "timeline");
        draft.Focus.Document = match.Document.Name;
        var english = draft.English;
        if (AsksEmbargo().IsMatch(question.Text) || AsksEmbargo().IsMatch(question.Original))
        {
            var embargo = match.Document.Passages.Where(p => p.Kind == UnitKind.Embargo).ToList();
            if (embargo.Count > 0)
            {
                draft.Say((english ? "The embargo: " : "보도 시점은 다음과 같습니다. ") + string.Join(" ", embargo.Select(p => $"“{p.Text}” {draft.Cite(p)}")));
                return draft;
            }
        }
        var parts = Parts.Split(match);
        if (parts.Count >= 2)
        {
            // "확정치는 언제 나오고, 8월 동향은 언제 발표돼요?": each part its own dated passage.
            var chosenParts = parts.Select(p => Dated(p).FirstOrDefault()).Where(p => p is not null).Select(p => p!).DistinctBy(p => p.Passage).ToList();
            if (chosenParts.Count >= 2)
            {
                var quotesParts = chosenParts.Select(c => $"“{Shown.Row(Shown.Text(c.Passage.Text))}” {draft.Cite(c.Passage)}");
                draft.Say(english ? $"The document says: {string.Join(" ", quotesParts)}" : $"일정은 문서에 이렇게 나와 있습니다. {string.Join(" ", quotesParts)}");
                return draft;
            }
        }
        var ranked = Dated(match);
        if (ranked.Count == 0)
        {
            return null;
        }
        var best = ranked[0];
        var chosen = ranked.Where(r => r.Coverage >= best.Coverage - 0.15 && r.Score >= best.Score * 0.6).Take(3).ToList();
        var quotes = chosen.Select(c => $"“{Shown.Row(Shown.Text(c.Passage.Text))}” {draft.Cite(c.Passage)}");
        draft.Say(english ? $"The document says: {string.Join(" ", quotes)}" : $"일정은 문서에 이렇게 나와 있습니다. {string.Join(" ", quotes)}");
        return draft;
    }

    private static List<PassageMatch> Dated(DocumentMatch match)
    {
        var period = AsksPeriod(match.Question);
        return [.. PassageSearch.Rank(match, p => p.Dates.Any(d => d.Month is not null || d.Day is not null || d.Hour is not null || d.Year is not null))
            .Where(r => r.Coverage >= 0.5)
            .OrderByDescending(r => Math.Round(r.Coverage, 1) + (period && HasSpan(r.Passage) ? 0.2 : 0))
            .ThenByDescending(r => r.Score + (r.Passage.Dates.Any(d => d.Month is not null) ? 1 : 0)
                + (r.Passage.Dates.Count(d => d.Month is not null || d.Day is not null) >= 2 ? 1 : 0) + (r.Passage.Dates.Any(d => d.Hour is not null) ? 0.5 : 0))];
    }

    /// <summary>"언제부터 언제까지", "접수 기간", "공모는 언제": a question whose answer is a span of days, not one day.</summary>
    private static bool AsksPeriod(Question question) =>
        PeriodWords().IsMatch(question.Text) || question.Terms.Any(t => t is "접수" or "신청" or "공모" or "모집" or "입법예고" or "기간");

    /// <summary>Whether a passage writes two days as a span (3월 11일(월)부터 3월 22일(금)까지, '24.3.4~4.5).</summary>
    private static bool HasSpan(Knowledge.Documents.Passage passage)
    {
        var days = passage.Dates.Where(d => d.Day is not null).OrderBy(d => d.Start).ToList();
        for (var i = 0; i + 1 < days.Count; i++)
        {
            var between = passage.Text[Math.Min(days[i].End, days[i + 1].Start)..days[i + 1].Start];
            if (SpanJoint().IsMatch(between))
            {
                return true;
            }
        }
        return false;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"부터|까지|기간")]
    private static partial System.Text.RegularExpressions.Regex PeriodWords();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:\([^)]*\))?\s*(?:부터|~|∼|〜|-|–)\s*$")]
    private static partial System.Text.RegularExpressions.Regex SpanJoint();
}
