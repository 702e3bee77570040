using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WebChat.Policies;

namespace WebChat.Tests.Policies;

/// <summary>The ask rate limit counted in a store every instance shares, with the instance's own window while the store is away.</summary>
public sealed class SharedFixedWindowRateLimiterTests : IAsyncLifetime
{
    private const int PermitLimit = 3;
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-12-01T06:00:10Z"));
    private readonly CountingWindows _shared = new();
    private WebApplication _first = null!;
    private WebApplication _second = null!;

    public async Task InitializeAsync()
    {
        _first = await StartInstanceAsync();
        _second = await StartInstanceAsync();
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
    }

    [Fact]
    public async Task A_clients_requests_to_two_instances_count_against_one_limit()
    {
        var statuses = new List<int>();
        for (var i = 0; i < PermitLimit + 1; i++)
        {
            statuses.Add((await AskFrom(i % 2 == 0 ? _first : _second, "10.0.0.1")).StatusCode);
        }

        Assert.Equal([200, 200, 200, 429], statuses);
        Assert.Equal(200, (await AskFrom(_second, "10.0.0.2")).StatusCode);
    }

    [Fact]
    public async Task The_refusal_says_when_the_shared_window_ends()
    {
        for (var i = 0; i < PermitLimit; i++)
        {
            await AskFrom(_first, "10.0.0.3");
        }

        var refused = await AskFrom(_second, "10.0.0.3");

        Assert.Equal(StatusCodes.Status429TooManyRequests, refused.StatusCode);
        Assert.Equal("50", refused.Headers.RetryAfter.ToString());
        var problem = await JsonSerializer.DeserializeAsync<JsonElement>(refused.Body);
        Assert.Contains("50초 뒤에 다시 질문해 주세요", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_new_window_lets_the_client_ask_again()
    {
        for (var i = 0; i < PermitLimit; i++)
        {
            await AskFrom(_first, "10.0.0.4");
        }
        Assert.Equal(429, (await AskFrom(_second, "10.0.0.4")).StatusCode);

        _time.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(200, (await AskFrom(_second, "10.0.0.4")).StatusCode);
    }

    [Fact]
    public async Task While_the_store_is_away_each_instance_limits_on_its_own_and_never_refuses_for_the_outage()
    {
        _shared.Reachable = false;

        var first = new List<int>();
        for (var i = 0; i < PermitLimit + 1; i++)
        {
            first.Add((await AskFrom(_first, "10.0.0.5")).StatusCode);
        }

        Assert.Equal([200, 200, 200, 429], first);
        Assert.Equal(200, (await AskFrom(_second, "10.0.0.5")).StatusCode);
    }

    private async Task<WebApplication> StartInstanceAsync() => await TestApp.StartAsync(
        new Dictionary<string, string?>
        {
            ["Widget:RateLimit:PermitLimit"] = PermitLimit.ToString(),
            ["Widget:RateLimit:Window"] = "00:01:00",
        },
        app => app.MapPost("/api/ask", () => TypedResults.Ok(new { answer = "네" })).RequireRateLimiting(WebChatPolicies.AskRateLimit),
        services =>
        {
            services.AddSingleton<TimeProvider>(_time);
            services.AddSingleton<ISharedRateLimitWindows>(_shared);
        });

    private static async Task<HttpResponse> AskFrom(WebApplication app, string address)
    {
        var context = await app.GetTestServer().SendAsync(http =>
        {
            http.Request.Method = HttpMethods.Post;
            http.Request.Path = "/api/ask";
            http.Connection.RemoteIpAddress = IPAddress.Parse(address);
        });
        return context.Response;
    }

    /// <summary>The shared store as Redis keeps it: a count per client and window.</summary>
    private sealed class CountingWindows : ISharedRateLimitWindows
    {
        private readonly ConcurrentDictionary<string, long> _counts = new();

        public bool Reachable { get; set; } = true;

        public ValueTask<long?> IncrementAsync(string client, long window, TimeSpan windowLength, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult<long?>(Reachable ? _counts.AddOrUpdate($"{client}:{window}", 1, (_, count) => count + 1) : null);
    }
}
