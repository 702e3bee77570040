using Answering.Contract;

namespace WebChat.Feedback;

/// <summary>One line of the feedback log: a user's rating of an answer, or a question the documents did not answer.</summary>
public sealed record FeedbackEntry
{
    public required string Kind { get; init; }
    public required DateTimeOffset At { get; init; }

    /// <summary>The rating's id: a later entry with the same id (the comment added afterwards) replaces the earlier one.</summary>
    public string? Id { get; init; }

    public string? ConversationId { get; init; }
    public required string Question { get; init; }
    public string? Answer { get; init; }

    /// <summary><see cref="Ratings.Up"/> or <see cref="Ratings.Down"/> for a rating.</summary>
    public string? Rating { get; init; }

    public string? Comment { get; init; }

    /// <summary>For an unanswered question: the engine's kind (out_of_scope, …).</summary>
    public string? AnswerKind { get; init; }

    public static FeedbackEntry Rated(FeedbackRequest feedback, DateTimeOffset at) => new()
    {
        Kind = FeedbackKinds.Rating,
        At = at,
        Id = feedback.Id,
        ConversationId = feedback.ConversationId,
        Question = feedback.Question!,
        Answer = feedback.Answer,
        Rating = feedback.Rating,
        Comment = string.IsNullOrWhiteSpace(feedback.Comment) ? null : feedback.Comment.Trim(),
    };

    public static FeedbackEntry Unanswered(Answer answer, DateTimeOffset at) => new()
    {
        Kind = FeedbackKinds.Unanswered,
        At = at,
        ConversationId = answer.ConversationId,
        Question = answer.Question,
        Answer = answer.Text,
        AnswerKind = answer.Kind,
    };
}

public static class FeedbackKinds
{
    public const string Rating = "rating";
    public const string Unanswered = "unanswered";
}

public static class Ratings
{
    public const string Up = "up";
    public const string Down = "down";
}
