using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;

namespace WebChat.Tests.Policies;

public sealed class WidgetCorsTests : IAsyncLifetime
{
    private const string AllowedOrigin = "https://news.example";
    private WebApplication _app = null!;

    public async Task InitializeAsync()
    {
        _app = await TestApp.StartAsync(
            new Dictionary<string, string?>
            {
                ["Widget:AllowedOrigins:0"] = AllowedOrigin + "/",
                ["Widget:AllowedOrigins:1"] = "https://other.example",
            },
            app => app.MapPost("/api/ask", () => TypedResults.Ok(new { answer = "네" })).RequireCors(WebChatPolicies.Cors));
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Preflight_from_an_allowed_origin_is_granted()
    {
        var response = await _app.GetTestClient().SendAsync(Preflight(AllowedOrigin));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(AllowedOrigin, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("POST", string.Join(",", response.Headers.GetValues("Access-Control-Allow-Methods")));
        Assert.Contains("content-type", string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers")), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("http://news.example")]
    [InlineData("https://news.example.evil.example")]
    [InlineData("null")]
    public async Task Preflight_from_an_origin_not_in_the_list_gets_no_grant(string origin)
    {
        var response = await _app.GetTestClient().SendAsync(Preflight(origin));

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_request_from_a_refused_origin_carries_no_grant_so_the_browser_withholds_the_answer()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/ask") { Content = new StringContent("{}") };
        request.Headers.Add("Origin", "https://evil.example");

        var response = await _app.GetTestClient().SendAsync(request);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_request_from_the_second_allowed_origin_is_granted()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/ask") { Content = new StringContent("{}") };
        request.Headers.Add("Origin", "https://other.example");

        var response = await _app.GetTestClient().SendAsync(request);

        Assert.Equal("https://other.example", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/ask");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        return request;
    }
}
