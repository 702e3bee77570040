using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;

namespace WebChat.Tests.Policies;

public sealed class AskRateLimitPolicyTests : IAsyncLifetime
{
    private const int PermitLimit = 2;
    private WebApplication _app = null!;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync(
            new Dictionary<string, string?>
            {
                ["Widget:RateLimit:PermitLimit"] = PermitLimit.ToString(),
                ["Widget:RateLimit:Window"] = "00:10:00",
            },
            app => app.MapPost("/api/ask", () => TypedResults.Ok(new { answer = "네" })).RequireRateLimiting(WebChatPolicies.AskRateLimit));
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_client_over_its_limit_gets_429_with_a_polite_Korean_problem_and_Retry_After()
    {
        for (var i = 0; i < PermitLimit; i++)
        {
            Assert.Equal(StatusCodes.Status200OK, (await AskFrom("10.0.0.1")).StatusCode);
        }

        var refused = await AskFrom("10.0.0.1");

        Assert.Equal(StatusCodes.Status429TooManyRequests, refused.StatusCode);
        Assert.StartsWith("application/problem+json", refused.ContentType);
        var problem = await JsonSerializer.DeserializeAsync<JsonElement>(refused.Body);
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("다시 질문해 주세요", detail);
        var retryAfter = int.Parse(refused.Headers.RetryAfter.ToString());
        Assert.InRange(retryAfter, 1, 600);
        Assert.Contains($"{retryAfter}초", detail);
    }

    [Fact]
    public async Task Each_client_has_its_own_window()
    {
        for (var i = 0; i < PermitLimit; i++)
        {
            await AskFrom("10.0.0.2");
        }
        Assert.Equal(StatusCodes.Status429TooManyRequests, (await AskFrom("10.0.0.2")).StatusCode);

        Assert.Equal(StatusCodes.Status200OK, (await AskFrom("10.0.0.3")).StatusCode);
    }

    private async Task<HttpResponse> AskFrom(string address)
    {
        var context = await _app.GetTestServer().SendAsync(http =>
        {
            http.Request.Method = HttpMethods.Post;
            http.Request.Path = "/api/ask";
            http.Connection.RemoteIpAddress = IPAddress.Parse(address);
        });
        return context.Response;
    }
}
