using Answering;
using Answering.Tools;
using KernelPlugins.Benchmarks;
using KernelPlugins.Tests.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KernelPlugins.Tests.Llm;

/// <summary>The answer service as the host wires it, in LLM mode against a scripted model on loopback.</summary>
public sealed class LlmHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private LlmHarness(ScriptedChatServer? server, ServiceProvider services, LogRecorder logs)
    {
        Server = server;
        _services = services;
        Logs = logs;
    }

    public ScriptedChatServer? Server { get; }
    public LogRecorder Logs { get; }
    public IAnswerService Service => _services.GetRequiredService<IAnswerService>();
    public IAnswerEngine Engine => _services.GetRequiredService<IAnswerEngine>();

    /// <param name="engine">The engine behind the plugins; the corpus stub unless given.</param>
    public static async Task<LlmHarness> StartAsync(Func<ChatTurn, ScriptedReply> script, double budgetSeconds = 20, IAnswerEngine? engine = null)
    {
        var server = await ScriptedChatServer.StartAsync(script);
        return Build(server, engine ?? CorpusStubEngine.FromTestCorpus(), new()
        {
            ["Llm:Provider"] = "OpenAICompatible",
            ["Llm:Endpoint"] = server.Endpoint.ToString(),
            ["Llm:Model"] = "scripted",
            ["Llm:TimeBudgetSeconds"] = budgetSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    public static LlmHarness WithoutModel() => Build(null, CorpusStubEngine.FromTestCorpus(), []);

    private static LlmHarness Build(ScriptedChatServer? server, IAnswerEngine engine, Dictionary<string, string?> settings)
    {
        var logs = new LogRecorder();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Debug))
            .AddSingleton<IAnswerEngine>(engine)
            .AddSingleton((IEngineTools)engine)
            .AddSingleton<IAnswerService, EngineAnswerService>()
            .AddKernelAnswering(configuration.GetSection("Llm"))
            .BuildServiceProvider();
        return new LlmHarness(server, services, logs);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }
}
