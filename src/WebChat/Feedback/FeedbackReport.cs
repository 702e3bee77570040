using System.Globalization;
using System.Text;

namespace WebChat.Feedback;

/// <summary>What the <c>report</c> command tells staff: how answers were rated, what people said, what went unanswered.</summary>
public sealed record FeedbackSummary(
    int Helpful,
    int NotHelpful,
    IReadOnlyList<FeedbackEntry> Comments,
    IReadOnlyList<UnansweredQuestion> Unanswered,
    int UnansweredTotal,
    DateTimeOffset? From,
    DateTimeOffset? To,
    int UnreadableLines);

public sealed record UnansweredQuestion(string Question, int Count, DateTimeOffset LastAsked);

public static class FeedbackReport
{
    public static FeedbackSummary Summarize(FeedbackLogContents contents, int top = 20)
    {
        var entries = contents.Entries;
        // A rating sent again with its comment replaces the first one: count each rating once, as last sent.
        var ratings = entries
            .Where(entry => entry.Kind == FeedbackKinds.Rating)
            .Select((entry, index) => (entry, key: entry.Id ?? $"#{index}"))
            .GroupBy(rating => rating.key, StringComparer.Ordinal)
            .Select(group => group.Last().entry)
            .ToList();

        var unanswered = entries.Where(entry => entry.Kind == FeedbackKinds.Unanswered).ToList();
        var frequentUnanswered = unanswered
            .GroupBy(entry => NormalizeQuestion(entry.Question), StringComparer.OrdinalIgnoreCase)
            .Select(group => new UnansweredQuestion(group.Last().Question.Trim(), group.Count(), group.Max(entry => entry.At)))
            .OrderByDescending(question => question.Count)
            .ThenByDescending(question => question.LastAsked)
            .Take(top)
            .ToList();

        return new FeedbackSummary(
            Helpful: ratings.Count(rating => rating.Rating == Ratings.Up),
            NotHelpful: ratings.Count(rating => rating.Rating == Ratings.Down),
            Comments: [.. ratings.Where(rating => rating.Comment is not null).OrderByDescending(rating => rating.At).Take(top)],
            Unanswered: frequentUnanswered,
            UnansweredTotal: unanswered.Count,
            From: entries.Count == 0 ? null : entries.Min(entry => entry.At),
            To: entries.Count == 0 ? null : entries.Max(entry => entry.At),
            UnreadableLines: contents.UnreadableLines);
    }

    public static string Format(FeedbackSummary summary, string source)
    {
        var text = new StringBuilder();
        text.AppendLine("피드백 보고서");
        text.AppendLine($"기록 위치: {source}");
        if (summary.From is not { } from || summary.To is not { } to)
        {
            text.AppendLine("아직 기록된 피드백이나 답하지 못한 질문이 없어요.");
            AppendUnreadable(text, summary);
            return text.ToString();
        }

        text.AppendLine($"기간: {Time(from)} ~ {Time(to)} (UTC)");
        text.AppendLine();

        var rated = summary.Helpful + summary.NotHelpful;
        text.Append($"평가 {rated}건: 도움이 됐어요 {summary.Helpful}건, 도움이 안 됐어요 {summary.NotHelpful}건");
        text.AppendLine(rated == 0 ? "" : $" (만족 {Math.Round(100.0 * summary.Helpful / rated)}%)");

        if (summary.Comments.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("의견 (최근 순):");
            foreach (var comment in summary.Comments)
            {
                var rating = comment.Rating == Ratings.Up ? "도움이 됐어요" : "도움이 안 됐어요";
                text.AppendLine($"- [{rating}] {OneLine(comment.Question)} — \"{OneLine(comment.Comment!)}\"");
            }
        }

        text.AppendLine();
        text.AppendLine(summary.UnansweredTotal == 0
            ? "답하지 못한 질문은 없어요."
            : $"답하지 못한 질문 {summary.UnansweredTotal}건 (자주 나온 순):");
        foreach (var question in summary.Unanswered)
        {
            text.AppendLine($"- {question.Count}회  {OneLine(question.Question)}  (마지막 {Time(question.LastAsked)})");
        }

        AppendUnreadable(text, summary);
        return text.ToString();
    }

    private static void AppendUnreadable(StringBuilder text, FeedbackSummary summary)
    {
        if (summary.UnreadableLines > 0)
        {
            text.AppendLine();
            text.AppendLine($"읽지 못한 줄 {summary.UnreadableLines}개는 건너뛰었어요.");
        }
    }

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string NormalizeQuestion(string question) => string.Join(' ', question.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    // What users typed reaches a terminal: control characters (escape sequences, new lines) become spaces.
    private static string OneLine(string text) =>
        NormalizeQuestion(new string([.. text.Select(character => char.IsControl(character) ? ' ' : character)]));
}
