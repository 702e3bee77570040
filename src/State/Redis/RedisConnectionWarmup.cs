using Microsoft.Extensions.Hosting;

namespace State.Redis;

/// <summary>Connects when the host starts, without holding the start up: an unreachable Redis is logged once and retried.</summary>
internal sealed class RedisConnectionWarmup(RedisGateway redis) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = redis.PingAsync(CancellationToken.None).AsTask();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
