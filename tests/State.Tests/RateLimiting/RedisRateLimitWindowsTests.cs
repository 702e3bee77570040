using WebChat.Policies;

namespace State.Tests.RateLimiting;

public sealed class RedisRateLimitWindowsTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    [Fact]
    public async Task A_clients_requests_are_counted_together_across_instances_per_window()
    {
        var prefix = RedisFixture.NewPrefix();
        await using var first = StateHarness.Create(redis.Server.Configuration, prefix);
        await using var second = StateHarness.Create(redis.Server.Configuration, prefix);
        var window = TimeSpan.FromMinutes(1);

        var counts = new List<long?>();
        for (var i = 0; i < 4; i++)
        {
            counts.Add(await (i % 2 == 0 ? first : second).Get<ISharedRateLimitWindows>().IncrementAsync("10.0.0.1", 42, window));
        }
        var otherClient = await first.Get<ISharedRateLimitWindows>().IncrementAsync("10.0.0.2", 42, window);
        var nextWindow = await first.Get<ISharedRateLimitWindows>().IncrementAsync("10.0.0.1", 43, window);

        Assert.Equal([1L, 2L, 3L, 4L], counts);
        Assert.Equal(1, otherClient);
        Assert.Equal(1, nextWindow);
        var expiry = await redis.Database.KeyTimeToLiveAsync($"{prefix}ratelimit:10.0.0.1:42");
        Assert.InRange(expiry!.Value, TimeSpan.FromSeconds(1), window);
    }
}
