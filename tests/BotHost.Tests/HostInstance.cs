using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BotHost.Tests;

/// <summary>
/// The real host (Program) on Kestrel at a loopback port of its own, with test settings: several of them are several
/// instances behind one load balancer. Settings are host settings, so Program sees them while it registers services.
/// </summary>
public sealed class HostInstance(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? configure = null) : WebApplicationFactory<Program>
{
    public Uri Address
    {
        get
        {
            var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
            return new Uri(addresses.First(address => address.StartsWith("http://127.0.0.1", StringComparison.Ordinal)) + "/");
        }
    }

    public static HostInstance Start(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? configure = null)
    {
        var instance = new HostInstance(settings, configure);
        instance.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        instance.StartServer();
        return instance;
    }

    public HttpClient NewClient() => new() { BaseAddress = Address };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseContentRoot(AppContext.BaseDirectory);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        if (configure is not null)
        {
            builder.ConfigureServices(configure);
        }
    }
}
