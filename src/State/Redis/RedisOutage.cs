using Microsoft.Extensions.Logging;

namespace State.Redis;

/// <summary>
/// Whether Redis is reachable, as the last calls found it. An outage is logged once when it starts and once when
/// it ends, however many requests meet it in between; it ends only after <see cref="QuietPeriod"/> without a failure,
/// so a Redis that answers one call in two (a saturated machine) is one outage, not a warning per failure.
/// </summary>
public sealed partial class RedisOutage(TimeProvider time, StateMetrics metrics, ILogger<RedisOutage> logger)
{
    public static readonly TimeSpan QuietPeriod = TimeSpan.FromSeconds(3);

    private readonly Lock _gate = new();
    private DateTimeOffset? _since;
    private DateTimeOffset _lastFailure;

    public bool IsOngoing
    {
        get { lock (_gate) { return _since is not null; } }
    }

    public DateTimeOffset? Since
    {
        get { lock (_gate) { return _since; } }
    }

    public void Failed(string operation, Exception failure)
    {
        metrics.Failed(operation, failure.GetType().Name);
        lock (_gate)
        {
            _lastFailure = time.GetUtcNow();
            if (_since is not null)
            {
                return;
            }
            _since = _lastFailure;
        }
        metrics.OutageStarted();
        // The message alone: a stack trace per outage says nothing the failure's name and message do not.
        LogOutageStarted(operation, failure.GetType().Name, failure.Message);
    }

    public void Succeeded()
    {
        DateTimeOffset since;
        lock (_gate)
        {
            if (_since is not { } started || time.GetUtcNow() - _lastFailure < QuietPeriod)
            {
                return;
            }
            since = started;
            _since = null;
        }
        LogOutageEnded((time.GetUtcNow() - since).TotalSeconds);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis is unreachable ({Operation}: {Failure}: {FailureMessage}); answering without shared state until it returns")]
    private partial void LogOutageStarted(string operation, string failure, string failureMessage);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis is reachable again after {OutageSeconds:0.0} s; shared state is back")]
    private partial void LogOutageEnded(double outageSeconds);
}
