using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KernelPlugins.Benchmarks;

/// <summary>
/// An OpenAI-compatible chat server on loopback (POST /v1/chat/completions) that plays a script instead of
/// a model: for each request the script picks tool calls, a message, an HTTP error, a malformed body or
/// silence. The LLM-mode tests and the <c>bench-llm</c> command point the real OpenAI connector at it.
/// </summary>
public sealed class ScriptedChatServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<JsonObject> _requests = [];

    private ScriptedChatServer(WebApplication app, Uri endpoint)
    {
        _app = app;
        Endpoint = endpoint;
    }

    /// <summary>The base address to configure as <c>Llm:Endpoint</c>, e.g. http://127.0.0.1:41234/v1.</summary>
    public Uri Endpoint { get; }

    public IReadOnlyList<JsonObject> Requests
    {
        get { lock (_requests) { return [.. _requests]; } }
    }

    public static async Task<ScriptedChatServer> StartAsync(Func<ChatTurn, ScriptedReply> script)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        ScriptedChatServer? server = null;
        app.MapPost("/v1/chat/completions", async (HttpContext http) =>
        {
            var request = (await JsonNode.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted))!.AsObject();
            lock (server!._requests)
            {
                server._requests.Add(request);
            }
            await script(new ChatTurn(request)).WriteAsync(http);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new ScriptedChatServer(app, new Uri($"{address}/v1"));
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>One request as the script sees it: the question asked and the tool results the "model" has received so far.</summary>
public sealed class ChatTurn(JsonObject request)
{
    public JsonObject Request { get; } = request;

    private IEnumerable<JsonNode> Messages => Request["messages"]?.AsArray().OfType<JsonNode>() ?? [];

    /// <summary>The contents of the tool messages, oldest first.</summary>
    public IReadOnlyList<string> ToolResults =>
        [.. Messages.Where(m => (string?)m["role"] == "tool").Select(m => m["content"] is JsonValue content ? content.ToString() : m["content"]?.ToJsonString() ?? "")];

    /// <summary>The text between &lt;question&gt; and &lt;/question&gt; in the last user message.</summary>
    public string Question
    {
        get
        {
            var user = Messages.LastOrDefault(m => (string?)m["role"] == "user")?["content"]?.ToString() ?? "";
            var start = user.IndexOf("<question>", StringComparison.Ordinal);
            var end = user.LastIndexOf("</question>", StringComparison.Ordinal);
            return start >= 0 && end > start ? user[(start + "<question>".Length)..end] : user;
        }
    }

    public bool OffersTools => Request["tools"] is JsonArray { Count: > 0 };
}

/// <summary>What the scripted "model" answers.</summary>
public abstract record ScriptedReply
{
    public static ScriptedReply Say(string text) => new Message(text);

    public static ScriptedReply CallTool(string function, object arguments) => new ToolCalls([(function, JsonSerializer.Serialize(arguments))]);

    public static ScriptedReply CallToolWithRawArguments(string function, string arguments) => new ToolCalls([(function, arguments)]);

    public static ScriptedReply Fail(HttpStatusCode status) => new Status(status);

    public static ScriptedReply Hang() => new Silence();

    public static ScriptedReply Garble() => new Raw("{\"choices\": [ this is not json");

    internal abstract Task WriteAsync(HttpContext http);

    private static Task WriteCompletionAsync(HttpContext http, JsonObject message, string finishReason)
    {
        var completion = new JsonObject
        {
            ["id"] = "chatcmpl-scripted",
            ["object"] = "chat.completion",
            ["created"] = 1_700_000_000,
            ["model"] = "scripted",
            ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["message"] = message, ["finish_reason"] = finishReason }),
            ["usage"] = new JsonObject { ["prompt_tokens"] = 1, ["completion_tokens"] = 1, ["total_tokens"] = 2 },
        };
        http.Response.ContentType = "application/json";
        return http.Response.WriteAsync(completion.ToJsonString(), http.RequestAborted);
    }

    private sealed record Message(string Text) : ScriptedReply
    {
        internal override Task WriteAsync(HttpContext http) =>
            WriteCompletionAsync(http, new JsonObject { ["role"] = "assistant", ["content"] = Text }, "stop");
    }

    private sealed record ToolCalls(IReadOnlyList<(string Function, string Arguments)> Calls) : ScriptedReply
    {
        internal override Task WriteAsync(HttpContext http)
        {
            var calls = new JsonArray([.. Calls.Select((call, i) => (JsonNode)new JsonObject
            {
                ["id"] = $"call_{i + 1}",
                ["type"] = "function",
                ["function"] = new JsonObject { ["name"] = call.Function, ["arguments"] = call.Arguments },
            })]);
            return WriteCompletionAsync(http, new JsonObject { ["role"] = "assistant", ["content"] = null, ["tool_calls"] = calls }, "tool_calls");
        }
    }

    private sealed record Status(HttpStatusCode Code) : ScriptedReply
    {
        internal override Task WriteAsync(HttpContext http)
        {
            http.Response.StatusCode = (int)Code;
            return http.Response.WriteAsJsonAsync(new { error = new { message = $"scripted {(int)Code}", type = "server_error" } });
        }
    }

    private sealed record Silence : ScriptedReply
    {
        internal override async Task WriteAsync(HttpContext http)
        {
            try
            {
                await Task.Delay(Timeout.Infinite, http.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The client gave up, which is what this reply is for.
            }
        }
    }

    private sealed record Raw(string Body) : ScriptedReply
    {
        internal override Task WriteAsync(HttpContext http)
        {
            http.Response.ContentType = "application/json";
            return http.Response.WriteAsync(Body, http.RequestAborted);
        }
    }
}
