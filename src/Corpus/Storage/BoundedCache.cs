namespace Corpus.Storage;

/// <summary>
/// A thread-safe least-recently-used cache holding at most <c>capacity</c> values. A value is built once per key even
/// when several threads ask for it at the same moment; building happens outside the cache's lock.
/// </summary>
public sealed class BoundedCache<TKey, TValue>
    where TKey : notnull
    where TValue : class
{
    private readonly int _capacity;
    private readonly Dictionary<TKey, LinkedListNode<(TKey Key, Lazy<TValue?> Value)>> _nodes;
    private readonly LinkedList<(TKey Key, Lazy<TValue?> Value)> _recency = new();
    private readonly Lock _lock = new();

    public BoundedCache(int capacity, IEqualityComparer<TKey>? comparer = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
        _nodes = new Dictionary<TKey, LinkedListNode<(TKey, Lazy<TValue?>)>>(comparer);
    }

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _nodes.Count;
            }
        }
    }

    /// <summary>How many values were built (cache misses), for tests and benchmarks.</summary>
    public long Built => Interlocked.Read(ref _built);

    private long _built;

    /// <summary>The cached value of <paramref name="key"/>, or the one <paramref name="build"/> makes; a null result is not kept.</summary>
    public TValue? GetOrAdd(TKey key, Func<TKey, TValue?> build)
    {
        Lazy<TValue?> lazy;
        lock (_lock)
        {
            if (_nodes.TryGetValue(key, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                lazy = node.Value.Value;
            }
            else
            {
                lazy = new Lazy<TValue?>(() =>
                {
                    Interlocked.Increment(ref _built);
                    return build(key);
                }, LazyThreadSafetyMode.ExecutionAndPublication);
                _nodes[key] = _recency.AddFirst((key, lazy));
                while (_nodes.Count > _capacity)
                {
                    var last = _recency.Last!;
                    _recency.RemoveLast();
                    _nodes.Remove(last.Value.Key);
                }
            }
        }
        TValue? value;
        try
        {
            value = lazy.Value;
        }
        catch
        {
            // A failed build is not remembered: the next caller tries again.
            Forget(key, lazy);
            throw;
        }
        if (value is null)
        {
            Forget(key, lazy);
        }
        return value;
    }

    private void Forget(TKey key, Lazy<TValue?> lazy)
    {
        lock (_lock)
        {
            if (_nodes.TryGetValue(key, out var node) && ReferenceEquals(node.Value.Value, lazy))
            {
                _recency.Remove(node);
                _nodes.Remove(key);
            }
        }
    }
}
