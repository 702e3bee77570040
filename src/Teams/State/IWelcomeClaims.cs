namespace Teams.State;

/// <summary>Claims the one welcome card of a conversation; the first caller wins, on whichever instance it runs.</summary>
public interface IWelcomeClaims
{
    ValueTask<bool> TryClaimAsync(string conversationId, CancellationToken cancellationToken = default);
}
