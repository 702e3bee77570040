namespace Teams.State;

/// <summary>What the bot remembers of a conversation in Bot Builder conversation state: earlier questions (oldest first) and whether it said hello.</summary>
public sealed class ConversationMemory
{
    public List<string> Questions { get; set; } = [];

    public bool Welcomed { get; set; }

    public void Remember(string question, int limit)
    {
        Questions.Add(question);
        if (Questions.Count > limit)
        {
            Questions.RemoveRange(0, Questions.Count - limit);
        }
    }
}
