using System.Threading.RateLimiting;

namespace WebChat.Policies;

/// <summary>
/// One client's fixed window, counted in <see cref="ISharedRateLimitWindows"/>; while that store is out of reach the
/// instance's own window decides, so a client is still limited (per instance) and never refused for the outage.
/// </summary>
internal sealed class SharedFixedWindowRateLimiter(
    string client, ISharedRateLimitWindows windows, AskRateLimitOptions limit, TimeProvider time) : ReplenishingRateLimiter
{
    private static readonly RateLimitLease Granted = new Lease(acquired: true, retryAfter: null);
    private static readonly RateLimitLease AskTheStore = new Lease(acquired: false, retryAfter: null);

    private readonly FixedWindowRateLimiter _local = new(new FixedWindowRateLimiterOptions
    {
        PermitLimit = limit.PermitLimit,
        Window = limit.Window,
        QueueLimit = 0,
        AutoReplenishment = false,
    });

    public override TimeSpan? IdleDuration => _local.IdleDuration;

    public override bool IsAutoReplenishing => false;

    public override TimeSpan ReplenishmentPeriod => _local.ReplenishmentPeriod;

    public override bool TryReplenish() => _local.TryReplenish();

    public override RateLimiterStatistics? GetStatistics() => _local.GetStatistics();

    // The store is asked asynchronously only: a refused attempt sends the middleware on to AcquireAsync.
    protected override RateLimitLease AttemptAcquireCore(int permitCount) => AskTheStore;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var windowMs = Math.Max(1, (long)limit.Window.TotalMilliseconds);
        var window = now / windowMs;
        var count = await windows.IncrementAsync(client, window, limit.Window, cancellationToken).ConfigureAwait(false);
        if (count is null)
        {
            return await _local.AcquireAsync(permitCount, cancellationToken).ConfigureAwait(false);
        }
        return count <= limit.PermitLimit
            ? Granted
            : new Lease(acquired: false, retryAfter: TimeSpan.FromMilliseconds((window + 1) * windowMs - now));
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _local.Dispose();
        }
        base.Dispose(disposing);
    }

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = metadataName == MetadataName.RetryAfter.Name ? retryAfter : null;
            return metadata is not null;
        }
    }
}
