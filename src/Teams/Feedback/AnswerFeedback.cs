namespace Teams.Feedback;

/// <summary>A thumbs up or down (<c>like</c>/<c>dislike</c>) on one of the bot's answers, with the optional comment.</summary>
public sealed record AnswerFeedback(
    string ConversationId,
    string? AnswerActivityId,
    string UserId,
    string Reaction,
    string? Comment,
    DateTimeOffset ReceivedAt);
