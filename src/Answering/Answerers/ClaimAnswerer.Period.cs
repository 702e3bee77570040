using System.Text.RegularExpressions;
using Answering.Composing;
using Answering.Contract;
using Answering.Documents;
using Answering.Evidence;
using Knowledge.Dates;

namespace Answering.Answerers;

/// <summary>
/// When something ends ("접수 마감이 3월 29일", "3단계가 2024년에 끝난다") or from when it applies ("'24년 협약부터
/// 적용"): the document's period of that subject (3단계('23~'27년), 3월 11일부터 3월 22일까지) or the time its rule
/// starts from ('25년 이후 … 협약분부터 적용) decides, not whether the claimed date appears somewhere near.
/// </summary>
public static partial class ClaimAnswerer
{
    private static bool PeriodClaim(DocumentMatch match, AnswerDraft draft)
    {
        var question = match.Question;
        // The claimed time: the most precise date the claim writes (3월 29일 over 2024년), the last of equals.
        var claimed = question.Dates.Where(d => d.Year is not null || d.Month is not null)
            .OrderBy(d => d.Day is not null ? 2 : d.Month is not null ? 1 : 0).ThenBy(d => d.Start).LastOrDefault();
        if (claimed is null)
        {
            return false;
        }
        // "11월 20일까지 다 써야": a day the claim closes with 까지 is a deadline, whatever verb follows it.
        var ends = EndWord().IsMatch(question.Text) || claimed.Day is not null && Until().Match(question.Text, claimed.End).Success;
        var starts = StartWord().IsMatch(question.Text);
        if (!ends && !starts)
        {
            return false;
        }
        var subject = SubjectWords(question.Text, claimed);
        var best = (Passage: (Knowledge.Documents.Passage?)null, Date: (DateMention?)null, Score: 0);
        var nearest = PassageSearch.Rank(match).Where(p => p.Coverage >= 0.3).Take(10).Select(p => p.Passage).ToList();
        // A claim of the programme's own deadline names nothing but the programme, which every passage carries: then the
        // deadline is sought in the whole document, by the words the claim writes around its date (다 써야).
        var fallback = ends ? match.Document.Passages.Where(p => p.Dates.Count > 0 && !nearest.Contains(p)) : [];
        foreach (var (passage, pass) in nearest.Select(p => (p, 0)).Concat(fallback.Select(p => (p, 1))))
        {
            if (pass == 1 && best.Passage is not null)
            {
                break;
            }
            var points = ends ? SpanEnds(passage).Concat(Deadlines(passage)) : RuleStarts(passage);
            foreach (var (from, date) in points.Where(p => Precise(p.Date, claimed)))
            {
                // The subject must name this period: written just before it (3단계('23~'27년)) or in its clause (접수·선정 … 3월 22일까지);
                // a deadline's subject may follow it (11월 30일까지 설비 설치를 마쳐야).
                var before = passage.Text[Math.Max(0, from - 40)..from];
                if (from == date.Start && Until().Match(passage.Text, date.End) is { Success: true } until)
                {
                    var after = until.Index + until.Length;
                    before += " " + passage.Text[after..Math.Min(passage.Text.Length, after + 20)];
                }
                var score = subject.Where(w => before.Contains(w, StringComparison.Ordinal)).Select(w => w.Length * 10 + before.LastIndexOf(w, StringComparison.Ordinal) * 10 / Math.Max(1, before.Length)).DefaultIfEmpty(0).Max();
                if (score > best.Score)
                {
                    best = (passage, date, score);
                }
            }
        }
        if (best.Passage is not { } stated || best.Date is not { } end)
        {
            return false;
        }
        var same = claimed.Day is not null ? end.Month == claimed.Month && end.Day == claimed.Day
            : claimed.Month is not null ? end.Month == claimed.Month && (claimed.Year is null || end.Year is null || end.Year == claimed.Year)
            : end.Year == claimed.Year;
        var english = draft.English;
        var marker = draft.Cite(stated);
        var quote = Shown.Row(Shown.Text(Composing.Quote.Sentence(stated.Text, end.Start)));
        var what = ends ? (english ? "ends" : "끝나는 때가") : (english ? "applies from" : "적용 시점이");
        if (!same && ends && OtherDeadline(match, stated, end, claimed) is { } other)
        {
            ConflictingDeadlines(draft, stated, end, other);
            return true;
        }
        draft.Verdict = same ? Verdicts.Supported : Verdicts.Refuted;
        draft.Say(same
            ? (english ? $"Yes. The document says it {what} {end.Text}: “{quote}” {marker}" : $"네, 맞습니다. 문서에 {what} {Josa.With(end.Text, "으로/로")} 나와 있습니다. “{quote}” {marker}")
            : (english ? $"No. The document says it {what} {end.Text}, not {claimed.Text}: “{quote}” {marker}"
                : $"사실과 다릅니다. 문서에는 {what} {Josa.With(end.Text, "으로/로")} 나와 있어, {Josa.With(claimed.Text, "과/와")} 다릅니다. “{quote}” {marker}"));
        return true;
    }

    /// <summary>
    /// The claimed day written elsewhere as the same deadline (사용기한(11.20) in a table, 11월 30일까지 써야 in the text): a
    /// date named by a word the stated deadline's sentence shares (기한), so the document gives that deadline two ways.
    /// </summary>
    private static (Knowledge.Documents.Passage Passage, DateMention Date)? OtherDeadline(DocumentMatch match, Knowledge.Documents.Passage stated, DateMention end, DateMention claimed)
    {
        var sentence = Composing.Quote.Sentence(stated.Text, end.Start);
        foreach (var passage in match.Document.Passages.Where(p => p != stated))
        {
            foreach (var date in passage.Dates.Where(d => d.Month == claimed.Month && d.Day == claimed.Day))
            {
                if (DateLabel().Match(passage.Text[..date.Start]) is not { Success: true } label || !DeadlineWord().IsMatch(label.Groups[1].Value))
                {
                    continue;
                }
                var named = label.Groups[1].Value;
                if (ClaimWord().Matches(sentence).Select(m => Particles().Replace(m.Value, "")).Any(w => w.Length >= 2 && named.Contains(w, StringComparison.Ordinal) && DeadlineWord().IsMatch(w)))
                {
                    return (passage, date);
                }
            }
        }
        return null;
    }

    private static void ConflictingDeadlines(AnswerDraft draft, Knowledge.Documents.Passage stated, DateMention end, (Knowledge.Documents.Passage Passage, DateMention Date) other)
    {
        var english = draft.English;
        var first = $"“{Shown.Row(Shown.Text(Composing.Quote.Sentence(stated.Text, end.Start)))}” {draft.Cite(stated)}";
        var second = $"“{Shown.Row(Shown.Text(Composing.Quote.Sentence(other.Passage.Text, other.Date.Start)))}” {draft.Cite(other.Passage)}";
        draft.Verdict = Verdicts.Conflicting;
        draft.Say(english
            ? $"The document gives this deadline two ways: {end.Text} in one place and {other.Date.Text} in another. {first} {second} It does not say which is right, so check before reporting it."
            : $"문서 안에서 기한이 서로 다르게 나와 있습니다. 한 곳에는 {end.Text}, 다른 곳에는 {Josa.With(other.Date.Text, "으로/로")} 적혀 있어요. {first} {second} 어느 쪽이 맞는지 문서만으로는 알 수 없으니 확인이 필요합니다.");
    }

    /// <summary>The word a date is written under: 사용기한(11.20), 마감 11월 20일.</summary>
    [GeneratedRegex(@"([가-힣]{2,})\s*[(:]?\s*$")]
    private static partial Regex DateLabel();

    [GeneratedRegex(@"기한|마감|기일")]
    private static partial Regex DeadlineWord();

    /// <summary>The claim's words other than its date and its verb: what the period belongs to (3단계, 접수, 협약).</summary>
    private static List<string> SubjectWords(string text, DateMention claimed) =>
        [.. ClaimWord().Matches(text.Remove(claimed.Start, claimed.Length))
            .Select(m => Particles().Replace(m.Value, ""))
            .Where(w => w.Length >= 2 && !EndWord().IsMatch(w) && !StartWord().IsMatch(w) && !ClaimFiller().IsMatch(w))
            .Distinct()];

    /// <summary>Whether a stated date can be compared with the claimed one (a day with a day, a year with a year).</summary>
    private static bool Precise(DateMention stated, DateMention claimed) =>
        claimed.Day is not null ? stated.Day is not null && stated.Month is not null : claimed.Month is not null ? stated.Month is not null : stated.Year is not null;

    /// <summary>The end of each period a passage writes ('23~'27년, 3월 11일(월)부터 3월 22일(금)까지), with where the period starts.</summary>
    private static IEnumerable<(int From, DateMention Date)> SpanEnds(Knowledge.Documents.Passage passage)
    {
        var dates = passage.Dates.Where(d => d.Year is not null || d.Month is not null).ToList();
        for (var i = 0; i + 1 < dates.Count; i++)
        {
            var between = passage.Text[dates[i].End..dates[i + 1].Start];
            if (between.Length <= 12 && SpanJoint().IsMatch(between))
            {
                var end = dates[i + 1];
                // '24.3.11 ~ 3.22: the end keeps the start's year; 3월 11일부터 22일까지: its month.
                if (end.Year is null && dates[i].Year is not null || end.Month is null && dates[i].Month is not null)
                {
                    end = end with { Year = end.Year ?? dates[i].Year, Month = end.Month ?? dates[i].Month };
                }
                yield return (dates[i].Start, end);
            }
        }
    }

    /// <summary>A single deadline (11월 30일까지 설치를 마쳐야): the date a 까지 closes, where no span starts before it.</summary>
    private static IEnumerable<(int From, DateMention Date)> Deadlines(Knowledge.Documents.Passage passage)
    {
        foreach (var date in passage.Dates.Where(d => d.Month is not null && d.Day is not null))
        {
            // The end of a span of two dates (3월 11일부터 22일까지) is SpanEnds'; a span from an event (협약일부터 11월 30일까지) ends here.
            if (Until().Match(passage.Text, date.End).Success
                && !passage.Dates.Any(d => d.End <= date.Start && date.Start - d.End <= 12 && SpanJoint().IsMatch(passage.Text[d.End..date.Start])))
            {
                yield return (date.Start, date);
            }
        }
    }

    [GeneratedRegex(@"\G\s*(?:\([^)]{0,3}\))?\s*(?:\d{1,2}시\s*)?까지")]
    private static partial Regex Until();

    /// <summary>The time a rule applies from ('25년 이후 새로 체결하는 협약분부터 적용): the date before a 부터 that the passage applies.</summary>
    private static IEnumerable<(int From, DateMention Date)> RuleStarts(Knowledge.Documents.Passage passage)
    {
        foreach (Match m in AppliesFrom().Matches(passage.Text))
        {
            var date = passage.Dates.LastOrDefault(d => d.End <= m.Index && m.Index - d.End <= 25 && d.Year is not null);
            if (date is not null)
            {
                yield return (date.Start, date);
            }
        }
    }

    [GeneratedRegex(@"마감|끝나|끝난|끝날|끝내|종료|마무리|마쳐|마치|마친|완료")]
    private static partial Regex EndWord();

    [GeneratedRegex(@"부터.{0,20}(?:적용|시행)")]
    private static partial Regex StartWord();

    [GeneratedRegex(@"부터\s*(?:\S+\s*)?적용|부터\s*시행")]
    private static partial Regex AppliesFrom();

    [GeneratedRegex(@"^\s*(?:\([^)]{0,3}\))?\s*(?:[~∼\-–]|부터)")]
    private static partial Regex SpanJoint();

    [GeneratedRegex(@"[가-힣0-9A-Za-z]{2,}")]
    private static partial Regex ClaimWord();

    [GeneratedRegex(@"^(?:사실|맞|들었|하던|라던|이라|사업|올해|안에|까지|한다고|기사|보도|될까|되나|써도|해도)")]
    private static partial Regex ClaimFiller();
}
