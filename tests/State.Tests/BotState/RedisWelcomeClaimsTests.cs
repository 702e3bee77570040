using Teams.State;
using TestSupport;

namespace State.Tests.BotState;

public sealed class RedisWelcomeClaimsTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    [Fact]
    public async Task Of_claims_made_at_once_on_two_instances_exactly_one_wins()
    {
        var prefix = RedisFixture.NewPrefix();
        await using var first = StateHarness.Create(redis.Server.Configuration, prefix);
        await using var second = StateHarness.Create(redis.Server.Configuration, prefix);

        var claims = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            (i % 2 == 0 ? first : second).Get<IWelcomeClaims>().TryClaimAsync("personal-1").AsTask()));

        Assert.Single(claims, claimed => claimed);
        Assert.True(await first.Get<IWelcomeClaims>().TryClaimAsync("personal-2"));
    }

    [Fact]
    public async Task Without_redis_the_instance_still_greets_a_conversation_once()
    {
        await using var down = StateHarness.Create($"127.0.0.1:{LoopbackPorts.Free()}", RedisFixture.NewPrefix());
        var claims = down.Get<IWelcomeClaims>();

        Assert.True(await claims.TryClaimAsync("personal-3"));
        Assert.False(await claims.TryClaimAsync("personal-3"));
    }
}
