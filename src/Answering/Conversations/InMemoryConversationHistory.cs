using System.Collections.Concurrent;

namespace Answering.Conversations;

/// <summary>
/// Conversations in this process's memory (the embedded default): conversations idle longer than
/// <paramref name="idleLimit"/> are forgotten, and a conversation keeps only its last <paramref name="maxTurns"/> questions.
/// </summary>
public sealed class InMemoryConversationHistory(TimeProvider time, TimeSpan idleLimit, int maxTurns = 10) : IConversationHistory
{
    private readonly ConcurrentDictionary<string, Conversation> _conversations = new(StringComparer.Ordinal);

    public ValueTask<ConversationRecall> GetAsync(string conversationId, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(new ConversationRecall(Get(conversationId)));

    public ValueTask<bool> AppendAsync(string conversationId, string question, CancellationToken cancellationToken = default)
    {
        Append(conversationId, question);
        return ValueTask.FromResult(true);
    }

    public IReadOnlyList<string> Get(string conversationId)
    {
        if (!_conversations.TryGetValue(conversationId, out var conversation))
        {
            return [];
        }
        lock (conversation)
        {
            if (time.GetUtcNow() - conversation.LastSeen > idleLimit)
            {
                _conversations.TryRemove(conversationId, out _);
                return [];
            }
            return [.. conversation.Questions];
        }
    }

    public void Append(string conversationId, string question)
    {
        var conversation = _conversations.GetOrAdd(conversationId, _ => new Conversation());
        lock (conversation)
        {
            conversation.Questions.Add(question);
            if (conversation.Questions.Count > maxTurns)
            {
                conversation.Questions.RemoveAt(0);
            }
            conversation.LastSeen = time.GetUtcNow();
        }
        PruneIdle();
    }

    private void PruneIdle()
    {
        var now = time.GetUtcNow();
        foreach (var (id, conversation) in _conversations)
        {
            if (now - conversation.LastSeen > idleLimit)
            {
                _conversations.TryRemove(id, out _);
            }
        }
    }

    private sealed class Conversation
    {
        public List<string> Questions { get; } = [];
        public DateTimeOffset LastSeen { get; set; }
    }
}
