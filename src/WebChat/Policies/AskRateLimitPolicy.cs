using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace WebChat.Policies;

/// <summary>
/// A fixed window per client address, counted by this instance or, when <see cref="ISharedRateLimitWindows"/> is
/// registered, by all instances together. The client address is the connection's, or the forwarded one when the
/// host trusts its proxy (forwarded headers). Its own <see cref="OnRejected"/> answers 429 with a polite Korean
/// ProblemDetails and Retry-After, whatever the host's global rate limiter options say.
/// </summary>
internal sealed class AskRateLimitPolicy(IOptions<WidgetOptions> widget, TimeProvider time, ISharedRateLimitWindows? shared = null) : IRateLimiterPolicy<string>
{
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = RejectPolitely;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        var limit = widget.Value.RateLimit;
        var client = httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (shared is not null)
        {
            return RateLimitPartition.Get(client, key => new SharedFixedWindowRateLimiter(key, shared, limit, time));
        }
        return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.PermitLimit,
            Window = limit.Window,
            QueueLimit = 0,
        });
    }

    private static async ValueTask RejectPolitely(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var detail = "질문이 잠시 너무 많이 들어왔어요. 잠시 뒤에 다시 질문해 주세요.";
        if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
            context.HttpContext.Response.Headers[HeaderNames.RetryAfter] = seconds.ToString(CultureInfo.InvariantCulture);
            detail = $"질문이 잠시 너무 많이 들어왔어요. {seconds}초 뒤에 다시 질문해 주세요.";
        }

        await TypedResults.Problem(detail, statusCode: StatusCodes.Status429TooManyRequests, title: "Too Many Requests")
            .ExecuteAsync(context.HttpContext);
    }
}
