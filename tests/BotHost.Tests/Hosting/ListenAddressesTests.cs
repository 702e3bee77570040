using BotHost.Hosting;
using Microsoft.Extensions.Configuration;
using TestSupport;

namespace BotHost.Tests.Hosting;

/// <summary>The host listens where the usual ASP.NET Core settings say, and on 127.0.0.1:5000 only when none says.</summary>
public sealed class ListenAddressesTests
{
    [Theory]
    [InlineData("ASPNETCORE_URLS")]
    [InlineData("ASPNETCORE_HTTP_PORTS")]
    [InlineData("Kestrel__Endpoints__Http__Url")]
    public async Task The_address_from_the_environment_is_the_one_listened_on(string variable)
    {
        var port = LoopbackPorts.Free();
        var value = variable == "ASPNETCORE_HTTP_PORTS" ? $"{port}" : $"http://127.0.0.1:{port}";
        await using var host = BotHostProcess.Start(new Dictionary<string, string> { [variable] = value });

        await host.WaitUntilListeningAsync(port);

        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        Assert.Equal("Healthy", await HealthStatusAsync(client));
    }

    [Fact]
    public async Task The_urls_argument_is_the_address_listened_on()
    {
        var port = LoopbackPorts.Free();
        await using var host = BotHostProcess.Start(new Dictionary<string, string>(), "--urls", $"http://127.0.0.1:{port}");

        await host.WaitUntilListeningAsync(port);

        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        Assert.Equal("Healthy", await HealthStatusAsync(client));
    }

    /// <summary>The overall status of /health's JSON (each check's details are HostEndpointsTests' concern).</summary>
    private static async Task<string?> HealthStatusAsync(HttpClient client)
    {
        using var health = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/health"));
        return health.RootElement.GetProperty("status").GetString();
    }

    [Theory]
    [InlineData("urls", "http://127.0.0.1:3978")]
    [InlineData("http_ports", "8080")]
    [InlineData("HTTPS_PORTS", "8443")]
    [InlineData("Kestrel:Endpoints:Http:Url", "http://127.0.0.1:3978")]
    public void Any_of_the_usual_settings_counts_as_an_address(string key, string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();

        Assert.True(ListenAddresses.IsConfigured(configuration));
    }

    [Fact]
    public void With_no_address_given_the_default_applies()
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json")).Build();

        Assert.False(ListenAddresses.IsConfigured(configuration), "appsettings.json must not name an address: it would override the environment's.");
        Assert.Equal("http://127.0.0.1:5000", ListenAddresses.DefaultAddress);
    }
}
