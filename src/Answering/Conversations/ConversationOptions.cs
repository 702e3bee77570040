namespace Answering.Conversations;

/// <summary>Section <c>Conversations</c>: how long and how much of a conversation is kept for follow-ups.</summary>
public sealed class ConversationOptions
{
    public const string Section = "Conversations";

    /// <summary>A conversation with no question for this long is forgotten.</summary>
    public TimeSpan IdleLimit { get; set; } = TimeSpan.FromHours(2);

    /// <summary>Only the last questions of a conversation are kept.</summary>
    public int MaxTurns { get; set; } = 10;
}
