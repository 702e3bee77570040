using WebChat.Feedback;

namespace WebChat.Tests.Feedback;

public sealed class FeedbackReportTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    private static FeedbackEntry Rating(int minute, string? id, string rating, string? comment = null) => new()
    {
        Kind = FeedbackKinds.Rating, At = Start.AddMinutes(minute), Id = id, Question = $"질문 {minute}", Rating = rating, Comment = comment,
    };

    private static FeedbackEntry Unanswered(int minute, string question) => new()
    {
        Kind = FeedbackKinds.Unanswered, At = Start.AddMinutes(minute), Question = question, AnswerKind = "out_of_scope",
    };

    [Fact]
    public void A_rating_sent_again_with_its_comment_counts_once()
    {
        var summary = FeedbackReport.Summarize(new FeedbackLogContents(
        [
            Rating(0, "a", Ratings.Down),
            Rating(1, "a", Ratings.Down, "수치가 달라요"),
            Rating(2, "b", Ratings.Up),
            Rating(3, null, Ratings.Up),
            Rating(4, null, Ratings.Up),
        ], UnreadableLines: 0));

        Assert.Equal(3, summary.Helpful);
        Assert.Equal(1, summary.NotHelpful);
        Assert.Equal("수치가 달라요", Assert.Single(summary.Comments).Comment);
    }

    [Fact]
    public void Unanswered_questions_are_grouped_and_the_frequent_come_first()
    {
        var summary = FeedbackReport.Summarize(new FeedbackLogContents(
        [
            Unanswered(0, "서울은 지원 대상인가요?"),
            Unanswered(1, "예산 담당자 연락처는?"),
            Unanswered(2, "  서울은   지원 대상인가요? "),
            Unanswered(3, "서울은 지원 대상인가요?"),
        ], UnreadableLines: 0));

        Assert.Equal(4, summary.UnansweredTotal);
        Assert.Equal(
            [new UnansweredQuestion("서울은 지원 대상인가요?", 3, Start.AddMinutes(3)), new UnansweredQuestion("예산 담당자 연락처는?", 1, Start.AddMinutes(1))],
            summary.Unanswered);
        Assert.Equal(Start, summary.From);
        Assert.Equal(Start.AddMinutes(3), summary.To);
    }

    [Fact]
    public void The_report_states_the_counts_comments_and_unanswered_questions_in_Korean()
    {
        var summary = FeedbackReport.Summarize(new FeedbackLogContents(
        [
            Rating(0, "a", Ratings.Up),
            Rating(1, "b", Ratings.Up),
            Rating(2, "c", Ratings.Up),
            Rating(3, "d", Ratings.Down, "출처 줄 번호가\n틀려요\u001b[31m"),
            Unanswered(4, "서울은 지원 대상인가요?"),
        ], UnreadableLines: 2));

        var report = FeedbackReport.Format(summary, "data/feedback.jsonl");

        Assert.Contains("기록 위치: data/feedback.jsonl", report);
        Assert.Contains("기간: 2026-11-26 09:00 ~ 2026-11-26 09:04 (UTC)", report);
        Assert.Contains("평가 4건: 도움이 됐어요 3건, 도움이 안 됐어요 1건 (만족 75%)", report);
        Assert.Contains("- [도움이 안 됐어요] 질문 3 — \"출처 줄 번호가 틀려요 [31m\"", report);
        Assert.Contains("답하지 못한 질문 1건 (자주 나온 순):", report);
        Assert.Contains("- 1회  서울은 지원 대상인가요?  (마지막 2026-11-26 09:04)", report);
        Assert.Contains("읽지 못한 줄 2개는 건너뛰었어요.", report);
        Assert.DoesNotContain('\u001b', report);
    }

    [Fact]
    public void An_empty_log_says_so()
    {
        var report = FeedbackReport.Format(FeedbackReport.Summarize(new FeedbackLogContents([], 0)), "data/feedback.jsonl");

        Assert.Contains("아직 기록된 피드백이나 답하지 못한 질문이 없어요.", report);
    }
}
