using Microsoft.Bot.Builder;

namespace Teams.Tests.Support;

/// <summary>
/// Memory storage whose reads wait until <paramref name="readers"/> turns have read, so turns arriving together
/// all see the state before any of them saves it: the race Teams' two install events make, every time.
/// </summary>
public sealed class ReadTogetherStorage(int readers) : IStorage
{
    private readonly MemoryStorage _inner = new();
    private readonly TaskCompletionSource _allRead = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _reads;

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        var items = await _inner.ReadAsync(keys, cancellationToken);
        if (Interlocked.Increment(ref _reads) >= readers)
        {
            _allRead.TrySetResult();
        }
        // Bounded: a turn that reads alone (a bug elsewhere) fails the test's assertion instead of hanging it.
        await Task.WhenAny(_allRead.Task, Task.Delay(TimeSpan.FromSeconds(10), cancellationToken));
        return items;
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default) => _inner.WriteAsync(changes, cancellationToken);

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => _inner.DeleteAsync(keys, cancellationToken);
}

/// <summary>A state store that is out of reach, as Redis is during an outage.</summary>
public sealed class UnreachableStorage : IStorage
{
    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) =>
        throw new Answering.Conversations.StateStoreUnavailableException();

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default) =>
        throw new Answering.Conversations.StateStoreUnavailableException();

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) =>
        throw new Answering.Conversations.StateStoreUnavailableException();
}
