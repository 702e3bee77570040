using System.Net;
using System.Net.Http.Json;

namespace BotHost.Tests.Hosting;

/// <summary>Behind a trusted proxy the rate limit counts the client the proxy names; anyone else's X-Forwarded-For is ignored.</summary>
public sealed class ProxyOptionsTests
{
    [Fact]
    public async Task Behind_a_known_proxy_each_forwarded_client_has_its_own_limit()
    {
        await using var host = HostInstance.Start(new Dictionary<string, string?>
        {
            ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1",
            ["Widget:RateLimit:PermitLimit"] = "2",
        });
        using var client = host.NewClient();

        var first = await StatusesAsync(client, "203.0.113.7", 3);
        var second = await StatusesAsync(client, "203.0.113.8", 1);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], first);
        Assert.Equal([HttpStatusCode.OK], second);
    }

    [Fact]
    public async Task Without_known_proxies_a_forwarded_address_does_not_escape_the_limit()
    {
        await using var host = HostInstance.Start(new Dictionary<string, string?> { ["Widget:RateLimit:PermitLimit"] = "2" });
        using var client = host.NewClient();

        var first = await StatusesAsync(client, "203.0.113.7", 2);
        var spoofed = await StatusesAsync(client, "203.0.113.9", 1);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], first);
        Assert.Equal([HttpStatusCode.TooManyRequests], spoofed);
    }

    private static async Task<List<HttpStatusCode>> StatusesAsync(HttpClient client, string forwardedFor, int requests)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < requests; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ask") { Content = JsonContent.Create(new { question = "2단계 예산은?" }) };
            request.Headers.Add("X-Forwarded-For", forwardedFor);
            statuses.Add((await client.SendAsync(request)).StatusCode);
        }
        return statuses;
    }
}
