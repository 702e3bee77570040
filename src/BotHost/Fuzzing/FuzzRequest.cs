namespace BotHost.Fuzzing;

/// <summary>One generated request: where it goes, what it carries, and what it was meant to break.</summary>
public sealed record FuzzRequest(string Endpoint, HttpMethod Method, string PathAndQuery, byte[]? Body, string? ContentType, string? Authorization, string Shape)
{
    /// <summary>A 501 is the Bot Framework's answer to an invoke the bot does not implement, not a failure.</summary>
    public bool AllowsNotImplemented => Endpoint == RequestFuzzer.Messages;

    public HttpRequestMessage ToHttpRequest()
    {
        var request = new HttpRequestMessage(Method, PathAndQuery);
        if (Body is not null)
        {
            request.Content = new ByteArrayContent(Body);
            if (ContentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }
        }
        if (Authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", Authorization);
        }
        return request;
    }
}
