namespace BotHost.Api;

/// <summary>The body of <c>POST /api/ask</c>: the contract's question line, plus an optional conversation to continue.</summary>
public sealed record AskRequestBody
{
    public string? Question { get; init; }
    public string? ConversationId { get; init; }
    public string? Id { get; init; }

    /// <summary><c>chat</c> (default) or <c>factcheck</c>.</summary>
    public string? Mode { get; init; }

    /// <summary>Earlier user turns, oldest first; when given they replace the stored conversation.</summary>
    public IReadOnlyList<string>? Context { get; init; }
}
