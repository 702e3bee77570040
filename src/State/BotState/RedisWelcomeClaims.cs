using StackExchange.Redis;
using State.Redis;
using Teams.State;

namespace State.BotState;

/// <summary>
/// The welcome card's claim as a Redis key set only if absent, so Teams' two install events greet once even when
/// they reach two instances. While Redis is out of reach, the instance's own claims decide.
/// </summary>
public sealed class RedisWelcomeClaims(RedisGateway redis, WelcomedConversations local) : IWelcomeClaims
{
    public async ValueTask<bool> TryClaimAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        var key = redis.Key("welcomed", conversationId);
        var (done, claimed) = await redis.TryAsync("welcome.claim",
            database => database.StringSetAsync(key, 1, redis.Options.BotStateExpiry, When.NotExists), cancellationToken).ConfigureAwait(false);
        return done ? claimed : local.TryClaim(conversationId);
    }
}
