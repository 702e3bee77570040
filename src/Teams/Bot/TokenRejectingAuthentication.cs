using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;

namespace Teams.Bot;

/// <summary>
/// The SDK's authentication, except that a token it cannot validate (malformed, forged, signing keys
/// out of reach) is refused like a missing one: the adapter answers 401 instead of letting the exception become a 500.
/// </summary>
public sealed partial class TokenRejectingAuthentication(BotFrameworkAuthentication inner, ILogger<TokenRejectingAuthentication> logger)
    : DelegatingBotFrameworkAuthentication(inner)
{
    public override Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken) =>
        RefuseUnverifiableAsync(() => base.AuthenticateRequestAsync(activity, authHeader, cancellationToken));

    public override Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
        RefuseUnverifiableAsync(() => base.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken));

    private async Task<AuthenticateRequestResult> RefuseUnverifiableAsync(Func<Task<AuthenticateRequestResult>> authenticate)
    {
        try
        {
            return await authenticate().ConfigureAwait(false);
        }
        catch (UnauthorizedAccessException refused)
        {
            LogRefused(refused.GetType().Name, FirstLine(refused.Message));
            throw;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A bad token is the caller's problem, not the bot's: one warning line with the reason, no stack trace.
            LogRefused(exception.GetType().Name, FirstLine(exception.Message));
            throw new UnauthorizedAccessException("The request's token could not be validated.", exception);
        }
    }

    // IdentityModel's messages quote the inner exception, stack trace included ("Exception: '… at …'"): keep the reason only.
    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        var escaped = message.IndexOf("\\n", StringComparison.Ordinal);
        var inner = message.IndexOf(" Exception: '", StringComparison.Ordinal);
        var cut = new[] { end, escaped, inner, 300 }.Where(index => index >= 0).Min();
        return message.Length > cut ? message[..cut].TrimEnd() + " …" : message;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a request whose token could not be validated: {Failure}: {FailureMessage}")]
    private partial void LogRefused(string failure, string failureMessage);
}
