using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Rest;
using Newtonsoft.Json;

namespace Teams.Bot;

/// <summary>
/// Reuses one Bot Connector client per bot, service URL and audience instead of the SDK's one per turn: building a
/// client builds fresh JSON contract resolvers, which cost more CPU than the rest of a turn. The clients are
/// thread-safe; the turn's dispose of its client is ignored so the shared one lives on.
/// </summary>
public sealed class SharedConnectorClients(BotFrameworkAuthentication inner) : DelegatingBotFrameworkAuthentication(inner)
{
    // Service URLs are few (Teams' regional endpoints); past this, clients are built per turn again.
    private const int MaxClients = 64;

    private readonly ConcurrentDictionary<(string? AppId, string ServiceUrl, string Audience), Task<IConnectorClient>> _clients = new();

    // The adapter replies through the factory that comes with the authentication result.
    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        var result = await base.AuthenticateRequestAsync(activity, authHeader, cancellationToken).ConfigureAwait(false);
        result.ConnectorFactory = Share(result.ConnectorFactory, result.ClaimsIdentity);
        return result;
    }

    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken)
    {
        var result = await base.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken).ConfigureAwait(false);
        result.ConnectorFactory = Share(result.ConnectorFactory, result.ClaimsIdentity);
        return result;
    }

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        Share(base.CreateConnectorFactory(claimsIdentity), claimsIdentity);

    private SharingFactory Share(ConnectorFactory factory, ClaimsIdentity claimsIdentity) => new(factory, BotAppId(claimsIdentity), _clients);

    // The SDK's connector factory acts as the bot the token was issued to (its audience); none when anonymous.
    private static string? BotAppId(ClaimsIdentity claimsIdentity) =>
        claimsIdentity.Claims.FirstOrDefault(claim => claim.Type == AuthenticationConstants.AudienceClaim)?.Value;

    private sealed class SharingFactory(
        ConnectorFactory inner,
        string? appId,
        ConcurrentDictionary<(string? AppId, string ServiceUrl, string Audience), Task<IConnectorClient>> clients) : ConnectorFactory
    {
        public override async Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken)
        {
            var key = (appId, serviceUrl, audience ?? string.Empty);
            if (!clients.ContainsKey(key) && clients.Count >= MaxClients)
            {
                return await inner.CreateAsync(serviceUrl, audience, cancellationToken).ConfigureAwait(false);
            }
            var client = clients.GetOrAdd(key, _ => inner.CreateAsync(serviceUrl, audience, CancellationToken.None));
            try
            {
                return new UndisposedConnectorClient(await client.ConfigureAwait(false));
            }
            catch
            {
                clients.TryRemove(KeyValuePair.Create(key, client));
                throw;
            }
        }
    }

    private sealed class UndisposedConnectorClient(IConnectorClient shared) : IConnectorClient
    {
        public Uri BaseUri { get => shared.BaseUri; set => shared.BaseUri = value; }

        public JsonSerializerSettings SerializationSettings => shared.SerializationSettings;

        public JsonSerializerSettings DeserializationSettings => shared.DeserializationSettings;

        public ServiceClientCredentials Credentials => shared.Credentials;

        public IAttachments Attachments => shared.Attachments;

        public IConversations Conversations => shared.Conversations;

        public void Dispose()
        {
            // Shared across turns: the program's lifetime owns it.
        }
    }
}
