using BotHost.Fuzzing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Teams.Diagnostics;
using Xunit.Abstractions;

namespace BotHost.Tests.Fuzzing;

/// <summary>
/// Generated bad input to the four input endpoints of the real host, with and without bot credentials: no 5xx (but
/// a 501 for an unimplemented invoke), no stack trace in a body, and refused tokens logged as warnings without one.
/// The 10,000-request run is the <c>fuzz</c> command's; this is a smaller one of the same generator on every test run.
/// </summary>
public sealed class RequestFuzzerTests(ITestOutputHelper output) : IAsyncLifetime
{
    private LoopbackConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await LoopbackConnector.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [Theory]
    [InlineData(11, false)]
    [InlineData(12, true)]
    public async Task Generated_requests_get_no_server_error_and_no_stack_trace(int seed, bool withCredentials)
    {
        var settings = new Dictionary<string, string?>(OfflineTokenValidation.Settings)
        {
            ["Widget:RateLimit:PermitLimit"] = "1000000",
            ["WebChat:DataFolder"] = Directory.CreateTempSubdirectory("bothost-fuzz-").FullName,
        };
        if (withCredentials)
        {
            settings["MicrosoftAppType"] = "MultiTenant";
            settings["MicrosoftAppId"] = "6f1c2a4e-1b7d-4c3e-9a8f-2d5e6b7c8d9e";
            settings["MicrosoftAppPassword"] = "not-a-real-secret";
        }
        await using var host = HostInstance.Start(settings, services => services.AddLogging(logging => logging.AddFakeLogging()));
        using var client = host.NewClient();

        var run = await FuzzRun.SendAsync(client, new RequestFuzzer(seed, _connector.ServiceUrl).Generate(600), concurrency: 4);

        output.WriteLine(run.Summary());
        Assert.Equal(600, run.Sent);
        Assert.Equal(0, run.ServerErrors);
        Assert.Equal(0, run.StackTraces);
        Assert.Equal(0, run.TransportFailures);
        var records = host.Services.GetRequiredService<FakeLogCollector>().GetSnapshot();
        var refusals = records.Where(record => record.Message.StartsWith("Refused a request whose token", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(refusals);
        Assert.All(refusals, refusal => Assert.True(refusal.Level == LogLevel.Warning && refusal.Exception is null && !refusal.Message.Contains("   at "), refusal.Message));
        Assert.DoesNotContain(records, record => record.Level >= LogLevel.Error);
    }
}
