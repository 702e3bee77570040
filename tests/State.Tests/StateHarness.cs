using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using StackExchange.Redis;
using TestSupport;
using WebChat.Feedback;

namespace State.Tests;

/// <summary>
/// One instance of the host's shared state as <see cref="SharedStateExtensions.AddSharedState(IServiceCollection, IConfiguration)"/>
/// wires it, against a real redis-server; several harnesses with the same prefix are several instances of the host.
/// </summary>
public sealed class StateHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private StateHarness(ServiceProvider services, string dataFolder)
    {
        _services = services;
        DataFolder = dataFolder;
    }

    public IServiceProvider Services => _services;

    public string DataFolder { get; }

    public FakeLogCollector Logs => _services.GetRequiredService<FakeLogCollector>();

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <param name="configure">Registers what the channels would have registered before shared state (a Teams feedback recorder, …).</param>
    public static StateHarness Create(string redisConfiguration, string keyPrefix, IDictionary<string, string?>? settings = null, TimeProvider? time = null, Action<IServiceCollection>? configure = null)
    {
        var dataFolder = Directory.CreateTempSubdirectory("state-tests-").FullName;
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["State:Redis:Configuration"] = redisConfiguration,
                ["State:Redis:KeyPrefix"] = keyPrefix,
                // Generous for a CI machine running every test assembly at once on two cores; a dead Redis fails at once anyway.
                ["State:Redis:OperationTimeout"] = "00:00:02",
                ["State:Redis:ConnectTimeout"] = "00:00:05",
                ["State:Redis:BreakDuration"] = "00:00:01",
            })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddFakeLogging().SetMinimumLevel(LogLevel.Debug));
        services.AddSingleton(time ?? TimeProvider.System);
        services.AddSingleton(provider => new FeedbackLog(Path.Combine(dataFolder, "feedback.jsonl"), provider.GetRequiredService<TimeProvider>()));
        configure?.Invoke(services);
        services.AddSharedState(configuration);
        return new StateHarness(services.BuildServiceProvider(), dataFolder);
    }

    public async Task<HealthStatus> HealthAsync() =>
        (await _services.GetRequiredService<HealthCheckService>().CheckHealthAsync()).Status;

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Directory.Delete(DataFolder, recursive: true);
    }
}

/// <summary>One redis-server for a test class; each test takes its own key prefix.</summary>
public sealed class RedisFixture : IAsyncLifetime
{
    private ConnectionMultiplexer? _direct;

    public RedisServer Server { get; private set; } = null!;

    /// <summary>A direct connection for looking at what the host stored.</summary>
    public IDatabase Database => _direct!.GetDatabase();

    public static string NewPrefix() => $"test-{Guid.NewGuid():n}:";

    public async Task InitializeAsync()
    {
        Server = await RedisServer.StartAsync();
        _direct = await ConnectionMultiplexer.ConnectAsync(Server.Configuration);
    }

    public async Task DisposeAsync()
    {
        if (_direct is not null)
        {
            await _direct.DisposeAsync();
        }
        await Server.DisposeAsync();
    }
}
