using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.IdentityModel.Tokens;
using Newtonsoft.Json;
using Teams.Diagnostics;
using Teams.Tests.Support;

namespace Teams.Tests.Bot;

/// <summary>With bot credentials configured, only requests with a valid Bot Framework token get through.</summary>
public sealed class AuthenticationTests : IAsyncLifetime
{
    private const string AppId = "6f1c2a4e-1b7d-4c3e-9a8f-2d5e6b7c8d9e";

    private readonly RecordingAnswerService _answers = RecordingAnswerService.WithBudgetFigure();
    private LoopbackConnector _connector = null!;
    private BotServer _bot = null!;

    public async Task InitializeAsync()
    {
        _connector = await LoopbackConnector.StartAsync();
        _bot = await BotServer.StartAsync(_answers, new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "not-a-real-secret",
        }, services => services.AddLogging(logging => logging.AddFakeLogging()));
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
    }

    public static TheoryData<string?> UnverifiableAuthorizations => new()
    {
        null,
        "",
        "Bearer",
        "Bearer not-a-token",
        "Bearer eyJhbGciOiJIUzI1NiJ9.e30.",
        "Basic dXNlcjpwYXNz",
        $"Bearer {ForgedToken()}",
    };

    [Theory]
    [MemberData(nameof(UnverifiableAuthorizations))]
    public async Task A_request_without_a_valid_token_gets_401_and_is_not_answered(string? authorization)
    {
        var response = await _bot.PostAsync(TeamsActivities.Message(_connector.ServiceUrl, "2단계 R&D 예산 총액이 얼마인가요?").ToString(Formatting.None), authorization);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_answers.Requests);
        Assert.Empty(_connector.Sent);
    }

    [Theory]
    [MemberData(nameof(UnverifiableAuthorizations))]
    public async Task A_refused_token_is_one_warning_line_without_a_stack_trace(string? authorization)
    {
        await _bot.PostAsync(TeamsActivities.Message(_connector.ServiceUrl, "예산은?").ToString(Formatting.None), authorization);

        var records = _bot.Services.GetRequiredService<FakeLogCollector>().GetSnapshot();
        var refusal = Assert.Single(records, record => record.Level == LogLevel.Warning);
        Assert.Contains("Refused a request whose token could not be validated", refusal.Message);
        Assert.Null(refusal.Exception);
        Assert.DoesNotContain(records, record => record.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task A_malformed_activity_still_gets_400()
    {
        var response = await _bot.PostAsync("{\"type\": ", $"Bearer {ForgedToken()}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    // Well formed and signed, but by a key the Bot Framework never published.
    private static string ForgedToken()
    {
        using var rsa = RSA.Create(2048);
        var key = new RsaSecurityKey(rsa.ExportParameters(includePrivateParameters: true)) { KeyId = "forged-key" };
        var token = new JwtSecurityToken(
            issuer: "https://api.botframework.com",
            audience: AppId,
            claims: [new Claim("serviceurl", "http://127.0.0.1/")],
            notBefore: DateTime.UtcNow.AddMinutes(-5),
            expires: DateTime.UtcNow.AddHours(1),
            signingCredentials: new SigningCredentials(key, SecurityAlgorithms.RsaSha256));
        return new JwtSecurityTokenHandler().WriteToken(token);
    }
}
