using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace State.Redis;

/// <summary><c>/health</c> says Degraded while Redis is out of reach: answers go on, follow-ups across instances do not.</summary>
public sealed class RedisHealthCheck(RedisGateway redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await redis.PingAsync(cancellationToken).ConfigureAwait(false)
            ? HealthCheckResult.Healthy("Redis is reachable.")
            : HealthCheckResult.Degraded("Redis is unreachable: answering without shared state.");
}
