namespace Answering.Contract;

/// <summary>A question, with the earlier user turns of the same conversation (oldest first) for follow-ups.</summary>
public sealed record AnswerRequest
{
    public required string Question { get; init; }
    public IReadOnlyList<string> History { get; init; } = [];
    public string? Id { get; init; }
    public string? ConversationId { get; init; }

    /// <summary><see cref="AnswerModes.Chat"/> (default) or <see cref="AnswerModes.FactCheck"/>: treat the text as a claim to verify.</summary>
    public string Mode { get; init; } = AnswerModes.Chat;
}

public static class AnswerModes
{
    public const string Chat = "chat";
    public const string FactCheck = "factcheck";
}
