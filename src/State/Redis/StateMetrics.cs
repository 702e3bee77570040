using System.Diagnostics.Metrics;

namespace State.Redis;

/// <summary>Redis calls that failed (timeouts, lost connection, open circuit), by operation, and the outages they formed.</summary>
public sealed class StateMetrics
{
    public const string MeterName = "BotHost.State";

    private readonly Counter<long> _failures;
    private readonly Counter<long> _outages;

    public StateMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _failures = meter.CreateCounter<long>("bothost.state.redis.failures", description: "Redis calls that failed or were skipped while the circuit was open; the host answered without them.");
        _outages = meter.CreateCounter<long>("bothost.state.redis.outages", description: "Times Redis became unreachable.");
    }

    public void Failed(string operation, string failure) =>
        _failures.Add(1, new KeyValuePair<string, object?>("operation", operation), new KeyValuePair<string, object?>("failure", failure));

    public void OutageStarted() => _outages.Add(1);
}
