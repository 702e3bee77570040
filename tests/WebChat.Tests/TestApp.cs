using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace WebChat.Tests;

/// <summary>A small in-memory host with the widget's services, policies and whatever endpoints a test maps.</summary>
internal static class TestApp
{
    public static async Task<WebApplication> StartAsync(IDictionary<string, string?> settings, Action<WebApplication> mapEndpoints, Action<IServiceCollection>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddWebChat();
        configure?.Invoke(builder.Services);

        var app = builder.Build();
        app.UseCors();
        app.UseRateLimiter();
        mapEndpoints(app);
        await app.StartAsync();
        return app;
    }
}

/// <summary>A folder of its own under the temp folder, deleted with the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "webchat-tests", Guid.NewGuid().ToString("n"));

    public TempFolder() => Directory.CreateDirectory(Path);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a server being stopped: the temp folder is cleaned by the system.
        }
    }
}
