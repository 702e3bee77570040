using System.Security.Claims;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Teams.Bot;

namespace Teams.Tests.Bot;

public sealed class SharedConnectorClientsTests
{
    private readonly CountingAuthentication _sdk = new();

    [Fact]
    public async Task Turns_to_the_same_service_share_one_client_that_outlives_each_turn()
    {
        var shared = new SharedConnectorClients(_sdk);

        var first = await CreateClientAsync(shared, "http://127.0.0.1:1/");
        first.Dispose();
        var second = await CreateClientAsync(shared, "http://127.0.0.1:1/");

        Assert.Equal(1, _sdk.ClientsCreated);
        Assert.Equal(new Uri("http://127.0.0.1:1/"), second.BaseUri);
        Assert.NotNull(second.Conversations);
    }

    [Fact]
    public async Task Each_service_gets_its_own_client()
    {
        var shared = new SharedConnectorClients(_sdk);

        await CreateClientAsync(shared, "http://127.0.0.1:1/");
        var other = await CreateClientAsync(shared, "http://127.0.0.1:2/");

        Assert.Equal(2, _sdk.ClientsCreated);
        Assert.Equal(new Uri("http://127.0.0.1:2/"), other.BaseUri);
    }

    [Fact]
    public async Task A_client_that_failed_to_build_is_built_again_next_time()
    {
        var shared = new SharedConnectorClients(_sdk);
        _sdk.FailNext = true;

        await Assert.ThrowsAsync<HttpRequestException>(() => CreateClientAsync(shared, "http://127.0.0.1:1/"));
        await CreateClientAsync(shared, "http://127.0.0.1:1/");

        Assert.Equal(2, _sdk.ClientsCreated);
    }

    private static async Task<IConnectorClient> CreateClientAsync(SharedConnectorClients authentication, string serviceUrl)
    {
        var result = await authentication.AuthenticateRequestAsync(new Activity { ServiceUrl = serviceUrl }, "", CancellationToken.None);
        return await result.ConnectorFactory.CreateAsync(serviceUrl, result.Audience, CancellationToken.None);
    }

    private sealed class CountingAuthentication : BotFrameworkAuthentication
    {
        public int ClientsCreated { get; private set; }

        public bool FailNext { get; set; }

        public override Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken) =>
            Task.FromResult(new AuthenticateRequestResult { ClaimsIdentity = new ClaimsIdentity(), Audience = "audience", ConnectorFactory = new CountingFactory(this) });

        public override Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) => new CountingFactory(this);

        public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        private sealed class CountingFactory(CountingAuthentication owner) : ConnectorFactory
        {
            public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken)
            {
                owner.ClientsCreated++;
                if (owner.FailNext)
                {
                    owner.FailNext = false;
                    return Task.FromException<IConnectorClient>(new HttpRequestException("token endpoint unreachable"));
                }
                return Task.FromResult<IConnectorClient>(new ConnectorClient(new Uri(serviceUrl), MicrosoftAppCredentials.Empty));
            }
        }
    }
}
