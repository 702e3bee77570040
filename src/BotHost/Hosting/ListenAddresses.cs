namespace BotHost.Hosting;

/// <summary>
/// Where the host listens: wherever the usual ASP.NET Core settings say (<c>ASPNETCORE_URLS</c>,
/// <c>ASPNETCORE_HTTP_PORTS</c>/<c>HTTPS_PORTS</c>, <c>--urls</c>, <c>Kestrel:Endpoints</c>), and only when none is
/// given on <see cref="DefaultAddress"/>, which a person running it by hand can reach and nobody else can.
/// </summary>
public static class ListenAddresses
{
    public const string DefaultAddress = "http://127.0.0.1:5000";

    private static readonly string[] AddressKeys = ["urls", "http_ports", "https_ports"];

    public static WebApplicationBuilder ListenOnDefaultAddressUnlessConfigured(this WebApplicationBuilder builder)
    {
        if (!IsConfigured(builder.Configuration))
        {
            builder.WebHost.UseUrls(DefaultAddress);
        }
        return builder;
    }

    public static bool IsConfigured(IConfiguration configuration) =>
        AddressKeys.Any(key => !string.IsNullOrWhiteSpace(configuration[key]))
        || configuration.GetSection("Kestrel:Endpoints").GetChildren().Any();
}
