using System.Collections.Concurrent;

namespace Teams.State;

/// <summary>
/// Conversations this process has greeted. Teams announces an install with an installationUpdate and a
/// conversationUpdate at the same moment; both turns read the conversation state before either saves it,
/// so the greeting is claimed here atomically as well as remembered in the state (which outlives a restart).
/// </summary>
public sealed class WelcomedConversations : IWelcomeClaims
{
    // Only near-simultaneous events need this; past the limit the conversation state alone decides.
    private const int Limit = 10_000;

    private readonly ConcurrentDictionary<string, byte> _greeted = new(StringComparer.Ordinal);

    public ValueTask<bool> TryClaimAsync(string conversationId, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(TryClaim(conversationId));

    public bool TryClaim(string conversationId)
    {
        if (_greeted.Count >= Limit)
        {
            _greeted.Clear();
        }
        return _greeted.TryAdd(conversationId, 0);
    }
}
