using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace WebChat.Tests.Browser;

/// <summary>The real BotHost (engine, HTTP API, widget) on a loopback Kestrel port, with test settings.</summary>
internal sealed class BotHostFactory(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    public Uri Address
    {
        get
        {
            var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
            return new Uri(addresses.First(address => address.StartsWith("http://127.0.0.1", StringComparison.Ordinal)));
        }
    }

    public static BotHostFactory Start(IReadOnlyDictionary<string, string?> settings)
    {
        var factory = new BotHostFactory(settings);
        factory.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        factory.StartServer();
        return factory;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(settings));
    }
}
