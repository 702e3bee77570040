namespace State.Redis;

/// <summary>
/// Section <c>State:Redis</c>. With <see cref="Configuration"/> empty (the default) every instance keeps its
/// state in process and in files, as a single host always has.
/// </summary>
public sealed class RedisStateOptions
{
    public const string Section = "State:Redis";

    /// <summary>A StackExchange.Redis configuration string, e.g. <c>127.0.0.1:6379</c> or <c>redis:6379,password=…</c> (keep passwords in the environment).</summary>
    public string? Configuration { get; set; }

    /// <summary>Put before every key, so several deployments can share one Redis.</summary>
    public string KeyPrefix { get; set; } = "bothost:";

    /// <summary>The longest a request waits for one Redis call before answering without it.</summary>
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest one attempt to (re)connect may take.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>After repeated failures Redis is not asked at all for this long (circuit breaker), then tried again.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often a lost connection is retried in the background.</summary>
    public TimeSpan ReconnectInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Teams' bot state (follow-ups, whether a conversation was welcomed) is forgotten after this long unused.</summary>
    public TimeSpan BotStateExpiry { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Feedback and unanswered questions are kept this long after the last one, and at most <see cref="FeedbackMaxEntries"/> of them.</summary>
    public TimeSpan FeedbackExpiry { get; set; } = TimeSpan.FromDays(365);

    public int FeedbackMaxEntries { get; set; } = 1_000_000;

    public bool Enabled => !string.IsNullOrWhiteSpace(Configuration);
}
