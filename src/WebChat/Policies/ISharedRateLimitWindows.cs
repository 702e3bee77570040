namespace WebChat.Policies;

/// <summary>Fixed-window request counts that every instance of the host sees, so a client's limit holds across them.</summary>
public interface ISharedRateLimitWindows
{
    /// <summary>
    /// Counts one request of <paramref name="client"/> in window number <paramref name="window"/> (of
    /// <paramref name="windowLength"/> each since the Unix epoch) and returns the window's count so far; null when the
    /// store cannot be reached, and the instance counts on its own meanwhile.
    /// </summary>
    ValueTask<long?> IncrementAsync(string client, long window, TimeSpan windowLength, CancellationToken cancellationToken = default);
}
