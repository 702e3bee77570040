using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace Teams.Diagnostics;

/// <summary>
/// A stand-in for the Bot Connector service on 127.0.0.1, for tests and the benchmark: it records the
/// activities the bot sends (the bot posts them to the incoming activity's <c>serviceUrl</c>) and answers
/// the member lookups Teams bots make.
/// </summary>
public sealed class LoopbackConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<JObject> _sent = new();
    private int _nextId;

    private LoopbackConnector(WebApplication app) => _app = app;

    /// <summary>The <c>serviceUrl</c> to put on incoming activities.</summary>
    public Uri ServiceUrl { get; private set; } = null!;

    /// <summary>Every activity the bot sent, in order; typing indicators included.</summary>
    public IReadOnlyList<JObject> Sent => [.. _sent];

    public static async Task<LoopbackConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var connector = new LoopbackConnector(builder.Build());
        connector.Map();
        await connector._app.StartAsync();
        var address = connector._app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        connector.ServiceUrl = new Uri(address + "/");
        return connector;
    }

    public void Clear() => _sent.Clear();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private void Map()
    {
        _app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId?}", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            _sent.Enqueue(JObject.Parse(await reader.ReadToEndAsync()));
            return Results.Json(new { id = $"sent-{Interlocked.Increment(ref _nextId)}" });
        });
        _app.MapGet("/v3/conversations/{conversationId}/members/{memberId}", (string memberId) =>
            Results.Json(new { id = memberId, name = "Test User", aadObjectId = "00000000-0000-0000-0000-000000000001", userPrincipalName = "user@example.com", tenantId = "tenant-1" }));
    }
}
