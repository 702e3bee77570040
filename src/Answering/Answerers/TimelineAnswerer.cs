using Answering.Composing;
using Answering.Documents;
using Answering.Evidence;
using Answering.Understanding;
using Corpus.Model;
using Knowledge.Dates;

namespace Answering.Answerers;

/// <summary>
/// When something happens: the passages and schedule rows that write dates and carry the question's words, quoted
/// exactly (the embargo lines for 엠바고/보도 questions). Among lines that carry the words, the one whose dates have the
/// asked shape wins (the span for 언제부터 언제까지, the 까지 date for 마감, the hour for 마감 시간), each part of a
/// question asking two things is answered by its own line, and "어디서/어디로" is answered by a line that names the place.
/// </summary>
public static partial class TimelineAnswerer
{
    /// <summary>What one asked shape (or the place) a line gives is worth against its coverage of the question's words.</summary>
    private const double ShapeCredit = 0.15;

    public static bool Applies(Question question) =>
        question.Has(Asks.When) && !question.IsClaim && !question.IsEligibility
        && (question.Text.Contains("언제", StringComparison.Ordinal)
            || !question.Has(Asks.Amount | Asks.Count | Asks.Percent | Asks.Score | Asks.Why) && !AsksLength().IsMatch(question.Text));

    /// <summary>
    /// A length of time (몇 개월, 얼마 동안) is a figure, not a schedule; "기간" alone (협약 기간, time frames) asks for the dates.
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"몇\s?(?:년|개월|달|주|일)|얼마\s?동안|얼마나\s?(?:걸|길)")]
    private static partial System.Text.RegularExpressions.Regex AsksLength();

    /// <summary>When a release may be reported: 엠바고, 보도 시점, 언제부터 보도할 수, 기사 써도, when can it be published.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"엠바고|보도\s?시점|언제 풀|보도(?:할|해도|하면|가능|돼|될|하여도)|기사(?:를|는)?\s?(?:써도|내도|쓸\s?수|내보내)|(?i:embargo|be (?:published|reported|run)\b)")]
    private static partial System.Text.RegularExpressions.Regex AsksEmbargo();

    public static AnswerDraft? Answer(DocumentMatch match)
    {
        var question = match.Question;
        var draft = new AnswerDraft(question, "timeline");
        draft.Focus.Document = match.Document.Name;
        if (AsksEmbargo().IsMatch(question.Text) || AsksEmbargo().IsMatch(question.Original))
        {
            var embargo = match.Document.Passages.Where(p => p.Kind == UnitKind.Embargo).ToList();
            if (embargo.Count > 0)
            {
                draft.Say((draft.English ? "The embargo: " : "보도 시점은 다음과 같습니다. ") + string.Join(" ", embargo.Select(p => $"“{p.Text}” {draft.Cite(p)}")));
                return draft;
            }
        }
        var ask = ScheduleAsk.Read(question);
        var chosen = ByParts(match) ?? Whole(match, ask);
        if (chosen.Count == 0)
        {
            return null;
        }
        if (ask.Place && !chosen.Any(c => c.Passage.WritesPlace) && PlaceOf(match, chosen) is { } place)
        {
            chosen.Add(place);
        }
        var focused = Focused(match);
        var terms = focused.EvidenceTerms.Where(t => !focused.IsNaming(t)).ToList();
        var quotes = chosen.Select(c => $"{Quoted(c.Passage.Text, terms, focused.Weight)} {draft.Cite(c.Passage)}");
        draft.Say(draft.English ? $"The document says: {string.Join(" ", quotes)}" : $"일정은 문서에 이렇게 나와 있습니다. {string.Join(" ", quotes)}");
        return draft;
    }

    /// <summary>A line quoted whole, or a chain of steps quoted by the steps the question asks about.</summary>
    private static string Quoted(string text, IReadOnlyCollection<string> terms, Func<string, double> weight) =>
        ScheduleChain.Steps(text, terms, weight) is { } steps
            ? string.Join(", ", steps.Select(s => $"“{s}”"))
            : $"“{Shown.Row(Shown.Text(text))}”";

    /// <summary>"확정치는 언제 나오고, 8월 동향은 언제 발표돼요?": each part its own line, when the parts fall on different lines.</summary>
    private static List<PassageMatch>? ByParts(DocumentMatch match)
    {
        var parts = Parts.Split(match);
        if (parts.Count < 2)
        {
            return null;
        }
        var chosen = parts.Select((p, i) => BestFor(i > 0 && NamesNothing(p) ? OnTopicOf(parts[i - 1], p) : p))
            .Where(p => p is not null).Select(p => p!).DistinctBy(p => p.Passage).ToList();
        return chosen.Count >= 2 ? chosen : null;
    }

    /// <summary>"언제 끝나요?", "when do they end?": a part whose words only ask for a date's shape (or are English pronouns).</summary>
    private static bool NamesNothing(DocumentMatch part) =>
        part.Question.Terms.All(t => ScheduleAsk.IsShapeWord(t) || part.Question.IsEnglish && t.All(c => c < 128));

    /// <summary>A part that names nothing, asked of the earlier part's topic.</summary>
    private static DocumentMatch OnTopicOf(DocumentMatch earlier, DocumentMatch part)
    {
        var terms = Parts.TopicOf(earlier.Question).Concat(part.Question.Terms.Where(ScheduleAsk.IsShapeWord)).Distinct().ToList();
        return new DocumentMatch(part.Document, part.Question with { Terms = terms }, part.Score) { Previous = part.Previous };
    }

    /// <summary>A part asking when is answered by its best dated line; a part asking how or where (how do centres file) by its best line.</summary>
    private static PassageMatch? BestFor(DocumentMatch part)
    {
        var ask = ScheduleAsk.Read(part.Question);
        if (part.Question.Has(Asks.When) || ask.Shapes != DateShape.None)
        {
            return Dated(part, ask).FirstOrDefault();
        }
        return part.Question.Has(Asks.How | Asks.Where) ? PassageSearch.Rank(Focused(part)).FirstOrDefault(r => r.Coverage >= 0.5) : null;
    }

    /// <summary>The best dated lines of the whole question: the best, and those nearly as good (at most three).</summary>
    private static List<PassageMatch> Whole(DocumentMatch match, ScheduleAsk ask)
    {
        var ranked = Ranked(match, ask);
        if (ranked.Count == 0)
        {
            return [];
        }
        var best = ranked[0];
        var chosen = new List<PassageMatch>();
        var shown = new HashSet<(int?, int?, int?, int?)>();
        foreach (var (r, _) in ranked.Where(r => r.Fit >= best.Fit - 0.1 && r.Match.Coverage >= best.Match.Coverage - 0.15 && r.Match.Score >= best.Match.Score * 0.6))
        {
            // A line that gives no date the lines before it have not (the same 2.21 in the headline, the same '23.7~'24.12
            // in every row of the type) adds words, not an answer.
            // Nor does a line of bare years ('21~'23년 수혜기업) beside one that says the month and day.
            var dates = r.Passage.Dates.Select(d => (d.Year, d.Month, d.Day, d.Hour)).ToList();
            if (chosen.Count > 0 && (dates.All(d => shown.Contains(d) || shown.Any(s => Same(s, d)))
                || shown.Any(s => s.Item2 is not null) && dates.All(d => d.Month is null && d.Hour is null)))
            {
                continue;
            }
            chosen.Add(r);
            shown.UnionWith(dates);
            if (chosen.Count == 3)
            {
                break;
            }
        }
        return chosen;
    }

    /// <summary>The same day written with and without its year ('24.3.22 and 3.22(금)).</summary>
    private static bool Same((int? Year, int? Month, int? Day, int? Hour) shown, (int? Year, int? Month, int? Day, int? Hour) date) =>
        shown.Month == date.Month && shown.Day == date.Day && shown.Hour == date.Hour && (date.Month is not null || date.Hour is not null)
        && (shown.Year is null || date.Year is null || shown.Year == date.Year);

    private static List<PassageMatch> Dated(DocumentMatch match, ScheduleAsk ask) => [.. Ranked(match, ask).Select(r => r.Match)];

    /// <summary>Dated lines by how well they fit: the question's words carried, then the asked shapes given, then weight.</summary>
    private static List<(PassageMatch Match, double Fit)> Ranked(DocumentMatch match, ScheduleAsk ask)
    {
        // "접수는 언제": an application is open for days, so a span of days is its answer (not a span of years beside it).
        var impliedSpan = !ask.Shapes.HasFlag(DateShape.Span) && AsksPeriod(match.Question);
        var months = match.Question.Months;
        var focused = Focused(match);
        var asked = focused.EvidenceTerms.Where(t => !focused.IsNaming(t) && focused.Weight(t) > 0).ToList();
        return [.. PassageSearch.Rank(focused, p => p.Dates.Any(d => d.Month is not null || d.Day is not null || d.Hour is not null || d.Year is not null))
            .Where(r => r.Coverage >= 0.5)
            .Select(r => (Match: r, Fit: Math.Round(r.Coverage, 1) + ShapeCredit * ask.Met(r.Passage.DateShape, r.Passage.WritesPlace)
                + (NamesMonth(r.Passage, months) ? ShapeCredit : 0)
                + (impliedSpan && SpansDays(r.Passage) ? ShapeCredit : 0)
                + (DatesTerm(r.Passage, asked) ? ShapeCredit / 2 : 0)
                // A plain "when": a line that writes the month or day says when; one that writes only years mostly says which
                // year's rules. A span asked for is met by the span at whatever grain it is written (2단계('21~'22)).
                + (ask.Shapes == DateShape.None && r.Passage.Dates.Any(d => d.Month is not null) ? ShapeCredit / 2 : 0)))
            .OrderByDescending(r => r.Fit)
            .ThenByDescending(r => r.Match.Score + (r.Match.Passage.Dates.Any(d => d.Month is not null) ? 1 : 0)
                + (r.Match.Passage.Dates.Count(d => d.Month is not null || d.Day is not null) >= 2 ? 1 : 0) + (r.Match.Passage.Dates.Any(d => d.Hour is not null) ? 0.5 : 0))];
    }

    /// <summary>
    /// The question read without the words that ask for a date's shape (기간, 마감, 시작일): those are met by the dates a
    /// line writes, not by the line repeating them. A question of nothing but such words keeps them.
    /// </summary>
    private static DocumentMatch Focused(DocumentMatch match)
    {
        var terms = match.Question.Terms;
        var kept = terms.Where(t => !ScheduleAsk.IsShapeWord(t)).ToList();
        if (kept.Count == terms.Count || kept.Count == 0)
        {
            return match;
        }
        return new DocumentMatch(match.Document, match.Question with { Terms = kept }, match.Score) { Previous = match.Previous };
    }

    /// <summary>
    /// "8월 수출입 동향은 언제": a month the question names as what is dated is written as a month (2024년 8월 수출입 동향),
    /// not as the day something else happened (8월 1일 발표).
    /// </summary>
    private static bool NamesMonth(Knowledge.Documents.Passage passage, IReadOnlyList<int> months) =>
        months.Count > 0 && passage.Dates.Any(d => d.Month is { } m && d.Day is null && months.Contains(m));

    /// <summary>
    /// Whether the line writes a date right after a word of the question (2단계('21~'22), 시·도 협약('22.3.14~3.25)): that
    /// date is the asked thing's own, not another item's on the same line.
    /// </summary>
    private static bool DatesTerm(Knowledge.Documents.Passage passage, IReadOnlyList<string> terms)
    {
        var text = passage.Normalized;
        foreach (var term in terms)
        {
            for (var at = text.IndexOf(term, StringComparison.Ordinal); at >= 0; at = text.IndexOf(term, at + 1, StringComparison.Ordinal))
            {
                var after = at + term.Length;
                if (passage.Dates.Any(d => d.Start >= after && d.Start - after <= 3 && text[after..d.Start].All(c => c is '(' or ' ' or '\'' or '‘')))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>The line that names where (the hall, the online system), among those about the question's subject.</summary>
    private static PassageMatch? PlaceOf(DocumentMatch match, IReadOnlyList<PassageMatch> chosen)
    {
        var floor = chosen.Max(c => c.Coverage) - 0.3;
        return PassageSearch.Rank(Focused(match), p => p.WritesPlace).FirstOrDefault(r => r.Coverage >= Math.Max(0.5, floor) && !chosen.Any(c => c.Passage == r.Passage));
    }

    /// <summary>Whether a line writes two days as a span (3월 11일(월)부터 3월 22일(금)까지, '24.3.4~4.5).</summary>
    private static bool SpansDays(Knowledge.Documents.Passage passage)
    {
        var days = passage.Dates.Where(d => d.Day is not null).ToList();
        return days.Count >= 2 && DateShapes.Of(passage.Normalized, days).HasFlag(DateShape.Span);
    }

    /// <summary>"언제부터 언제까지", "접수 기간", "공모는 언제": a question whose answer is a span of days, not one day.</summary>
    private static bool AsksPeriod(Question question) =>
        PeriodWords().IsMatch(question.Text) || question.Terms.Any(t => t is "접수" or "신청" or "공모" or "모집" or "입법예고" or "기간");

    [System.Text.RegularExpressions.GeneratedRegex(@"부터|까지|기간")]
    private static partial System.Text.RegularExpressions.Regex PeriodWords();
}
