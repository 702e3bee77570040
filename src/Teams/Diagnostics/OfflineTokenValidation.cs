namespace Teams.Diagnostics;

/// <summary>
/// Settings that keep the SDK's token validation on this machine: the public cloud's values, but the OpenID metadata
/// (the signing keys) fetched from a closed loopback port, so every token is refused without a request leaving the
/// machine. For tests and fuzz runs that send Authorization headers; never for a real deployment.
/// </summary>
public static class OfflineTokenValidation
{
    public const string ClosedMetadataUrl = "http://127.0.0.1:9/.well-known/openidconfiguration";

    public static IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["ToBotFromChannelOpenIdMetadataUrl"] = ClosedMetadataUrl,
        ["ToBotFromEmulatorOpenIdMetadataUrl"] = ClosedMetadataUrl,
        ["ToChannelFromBotLoginUrl"] = "https://login.microsoftonline.com/botframework.com",
        ["ToChannelFromBotOAuthScope"] = "https://api.botframework.com",
        ["ToBotFromChannelTokenIssuer"] = "https://api.botframework.com",
        ["OAuthUrl"] = "https://api.botframework.com",
        ["CallerId"] = "urn:botframework:azure",
        ["ValidateAuthority"] = "true",
    };
}
