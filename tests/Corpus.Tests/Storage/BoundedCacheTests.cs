using Corpus.Storage;

namespace Corpus.Tests.Storage;

/// <summary>The cache keeps the most recently used values up to its capacity, builds each value once, and forgets failures.</summary>
public sealed class BoundedCacheTests
{
    [Fact]
    public void The_least_recently_used_value_goes_first()
    {
        var cache = new BoundedCache<string, string>(2);
        cache.GetOrAdd("a", k => k + "1");
        cache.GetOrAdd("b", k => k + "1");
        cache.GetOrAdd("a", k => k + "2");   // a is now the most recent
        cache.GetOrAdd("c", k => k + "1");   // b goes

        Assert.Equal("a1", cache.GetOrAdd("a", k => k + "3"));
        Assert.Equal("b2", cache.GetOrAdd("b", k => k + "2"));
        Assert.Equal(2, cache.Count);
        Assert.Equal(4, cache.Built);
    }

    [Fact]
    public void A_value_asked_for_by_many_threads_at_once_is_built_once()
    {
        var cache = new BoundedCache<string, object>(8);
        var builds = 0;

        Parallel.For(0, 64, _ => cache.GetOrAdd("doc", _ =>
        {
            Interlocked.Increment(ref builds);
            Thread.Sleep(20);
            return new object();
        }));

        Assert.Equal(1, builds);
    }

    [Fact]
    public void Nothing_and_failures_are_not_kept()
    {
        var cache = new BoundedCache<string, string>(4);

        Assert.Null(cache.GetOrAdd("gone", _ => null));
        Assert.Throws<InvalidOperationException>(() => cache.GetOrAdd("bad", _ => throw new InvalidOperationException()));

        Assert.Equal(0, cache.Count);
        Assert.Equal("ok", cache.GetOrAdd("bad", _ => "ok"));
    }
}
