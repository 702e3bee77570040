using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BotHost.Tests;

/// <summary>The real host in process, on its embedded defaults (corpus/ and appsettings.json beside the program).</summary>
public sealed class BotHostFactory : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.UseContentRoot(AppContext.BaseDirectory);
}
