using Answering.Conversations;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using State.Redis;
using TestSupport;

namespace State.Tests.Redis;

/// <summary>Redis taken away and brought back under a running instance: answers go on, one warning, health says so, recovery by itself.</summary>
public sealed class RedisGatewayTests : IAsyncLifetime
{
    // Generous bounds so a loaded CI machine does not fail them; they only catch a hang or a recovery that never comes.
    private static readonly TimeSpan NoHang = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan RecoveryPatience = TimeSpan.FromSeconds(30);

    private RedisServer _redis = null!;
    private StateHarness _instance = null!;

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.StartAsync();
        _instance = StateHarness.Create(_redis.Configuration, RedisFixture.NewPrefix());
    }

    public async Task DisposeAsync()
    {
        await _instance.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task Redis_killed_then_restarted_fails_softly_warns_once_degrades_health_and_recovers_by_itself()
    {
        var history = _instance.Get<IConversationHistory>();
        Assert.True(await history.AppendAsync("c1", "before"));
        Assert.Equal(HealthStatus.Healthy, await _instance.HealthAsync());

        await _redis.KillAsync();
        for (var i = 0; i < 20; i++)
        {
            var recall = await history.GetAsync("c1").AsTask().WaitAsync(NoHang);
            Assert.False(recall.Available);
            Assert.False(await history.AppendAsync("c1", $"during {i}").AsTask().WaitAsync(NoHang));
        }
        Assert.Equal(HealthStatus.Degraded, await _instance.HealthAsync());

        var warnings = Warnings();
        var outage = Assert.Single(warnings);
        Assert.Contains("Redis is unreachable", outage.Message);
        Assert.Null(outage.Exception);

        await _redis.StartAgainAsync();
        var recovered = await EventuallyAsync(async () => (await history.AppendAsync("c1", "after")) && (await history.GetAsync("c1")).Available);

        Assert.True(recovered, "Redis was back but the instance never used it again.");
        Assert.Equal(HealthStatus.Healthy, await _instance.HealthAsync());
        // The outage is declared over once calls have succeeded for a quiet period.
        Assert.True(await EventuallyAsync(async () => await history.AppendAsync("c1", "later")
            && _instance.Logs.GetSnapshot().Any(record => record.Level == LogLevel.Information && record.Message.Contains("reachable again"))));
        Assert.Single(Warnings());
    }

    // The health check service reports each Degraded probe itself; the host's settings keep that category at Error.
    private List<Microsoft.Extensions.Logging.Testing.FakeLogRecord> Warnings() =>
        [.. _instance.Logs.GetSnapshot().Where(record => record.Level >= LogLevel.Warning && record.Category?.StartsWith("Microsoft.Extensions.Diagnostics.HealthChecks", StringComparison.Ordinal) != true)];

    [Fact]
    public async Task A_hung_redis_costs_a_request_the_timeout_and_then_nothing_while_the_circuit_is_open()
    {
        var gateway = _instance.Get<RedisGateway>();
        Assert.True(await gateway.PingAsync());

        await _redis.PauseAsync();
        try
        {
            for (var i = 0; i < 8; i++)
            {
                Assert.False(await gateway.PingAsync().AsTask().WaitAsync(NoHang));
            }
            Assert.True(gateway.Outage.IsOngoing);
        }
        finally
        {
            await _redis.ResumeAsync();
        }

        Assert.True(await EventuallyAsync(async () => await gateway.PingAsync() && !gateway.Outage.IsOngoing), "The circuit never closed again after Redis answered.");
    }

    [Fact]
    public async Task An_instance_started_while_redis_is_down_answers_without_it_and_connects_when_it_comes()
    {
        await _redis.KillAsync();
        await using var late = StateHarness.Create(_redis.Configuration, RedisFixture.NewPrefix());
        var history = late.Get<IConversationHistory>();

        Assert.False((await history.GetAsync("c1").AsTask().WaitAsync(NoHang)).Available);
        Assert.Equal(HealthStatus.Degraded, await late.HealthAsync());

        await _redis.StartAgainAsync();
        Assert.True(await EventuallyAsync(async () => await history.AppendAsync("c1", "q")), "Never connected after Redis came up.");
    }

    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + RecoveryPatience;
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return true;
            }
            await Task.Delay(200);
        }
        return false;
    }
}
