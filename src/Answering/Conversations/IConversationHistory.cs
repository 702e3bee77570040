namespace Answering.Conversations;

/// <summary>
/// The earlier questions of each conversation, so a follow-up ("그중 R&amp;D 빼면?") can lean on them. In process
/// by default; a shared store lets a follow-up reach another instance of the host than its question did.
/// </summary>
public interface IConversationHistory
{
    /// <summary>The conversation's earlier questions, oldest first; <see cref="ConversationRecall.Available"/> is false when the store could not be read.</summary>
    ValueTask<ConversationRecall> GetAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Remembers a question; false when the store could not be written (the answer is sent all the same).</summary>
    ValueTask<bool> AppendAsync(string conversationId, string question, CancellationToken cancellationToken = default);
}

/// <summary>What a conversation store gave back: the questions, and whether it could be asked at all.</summary>
public sealed record ConversationRecall(IReadOnlyList<string> Questions, bool Available = true)
{
    public static ConversationRecall Empty { get; } = new([]);

    /// <summary>The store is out of reach: the question is answered as a new one.</summary>
    public static ConversationRecall Unavailable { get; } = new([], Available: false);
}
