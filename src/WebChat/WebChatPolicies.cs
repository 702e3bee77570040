namespace WebChat;

/// <summary>The names of the policies <see cref="WebChatExtensions.AddWebChat"/> registers, for the host's endpoints.</summary>
public static class WebChatPolicies
{
    /// <summary>CORS: only the origins in <c>Widget:AllowedOrigins</c> (same-origin requests need none).</summary>
    public const string Cors = "WebChat.Cors";

    /// <summary>Per-client fixed window from <c>Widget:RateLimit</c>; rejections are 429 with a Korean ProblemDetails.</summary>
    public const string AskRateLimit = "WebChat.AskRateLimit";
}
