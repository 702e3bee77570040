using TestSupport;

namespace BotHost.Tests.Hosting;

/// <summary>
/// A real redis-server and two instances of the host on two loopback ports sharing it, as behind a load balancer
/// that trusts one proxy (127.0.0.1), so each test can speak as its own client through X-Forwarded-For.
/// </summary>
public sealed class TwoInstancesFixture : IAsyncLifetime
{
    public RedisServer Redis { get; private set; } = null!;
    public HostInstance A { get; private set; } = null!;
    public HostInstance B { get; private set; } = null!;
    public string DataFolderA { get; } = Directory.CreateTempSubdirectory("bothost-a-").FullName;
    public string DataFolderB { get; } = Directory.CreateTempSubdirectory("bothost-b-").FullName;

    public async Task InitializeAsync()
    {
        Redis = await RedisServer.StartAsync();
        A = HostInstance.Start(Settings(DataFolderA));
        B = HostInstance.Start(Settings(DataFolderB));
    }

    public async Task DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
        await Redis.DisposeAsync();
        Directory.Delete(DataFolderA, recursive: true);
        Directory.Delete(DataFolderB, recursive: true);
    }

    private Dictionary<string, string?> Settings(string dataFolder) => new()
    {
        ["State:Redis:Configuration"] = Redis.Configuration,
        // A CI machine runs every test assembly at once on two cores: a slow call must not pass for an outage here.
        ["State:Redis:OperationTimeout"] = "00:00:05",
        ["WebChat:DataFolder"] = dataFolder,
        ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1",
    };
}
