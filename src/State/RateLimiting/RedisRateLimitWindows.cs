using State.Redis;
using StackExchange.Redis;
using WebChat.Policies;

namespace State.RateLimiting;

/// <summary>One counter per client and window, expiring with its window, shared by all instances.</summary>
public sealed class RedisRateLimitWindows(RedisGateway redis) : ISharedRateLimitWindows
{
    private static readonly LuaScript CountScript = LuaScript.Prepare(
        "local count = redis.call('INCR', @key) if count == 1 then redis.call('PEXPIRE', @key, @windowMs) end return count");

    public async ValueTask<long?> IncrementAsync(string client, long window, TimeSpan windowLength, CancellationToken cancellationToken = default)
    {
        var arguments = new
        {
            key = redis.Key("ratelimit", $"{client}:{window}"),
            windowMs = (long)Math.Max(1, windowLength.TotalMilliseconds),
        };
        var (done, count) = await redis.TryAsync("ratelimit.count", database => database.ScriptEvaluateAsync(CountScript, arguments), cancellationToken).ConfigureAwait(false);
        return done ? (long)count! : null;
    }
}
