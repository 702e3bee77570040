using Answering.Conversations;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using Teams.State;
using TestSupport;

namespace State.Tests.BotState;

public sealed class RedisBotStorageTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    private readonly string _prefix = RedisFixture.NewPrefix();

    private StateHarness Instance() => StateHarness.Create(redis.Server.Configuration, _prefix);

    [Fact]
    public async Task State_written_by_one_instance_is_read_by_another_and_expires_unused()
    {
        await using var first = Instance();
        await using var second = Instance();
        var memory = new ConversationMemory { Welcomed = true };
        memory.Remember("1단계 국비 총액 알려줘", 10);

        await first.Get<IStorage>().WriteAsync(new Dictionary<string, object> { ["msteams/conversations/a:1"] = new JObject { ["ConversationMemory"] = JObject.FromObject(memory) } });
        var read = await second.Get<IStorage>().ReadAsync(["msteams/conversations/a:1", "msteams/conversations/none"]);

        var state = Assert.IsType<JObject>(Assert.Single(read).Value);
        var recalled = state["ConversationMemory"]!.ToObject<ConversationMemory>()!;
        Assert.True(recalled.Welcomed);
        Assert.Equal(["1단계 국비 총액 알려줘"], recalled.Questions);
        var expiry = await redis.Database.KeyTimeToLiveAsync($"{_prefix}bot:msteams/conversations/a:1");
        Assert.InRange(expiry!.Value, TimeSpan.FromDays(29), TimeSpan.FromDays(30));
    }

    [Fact]
    public async Task Stored_state_is_versioned_and_carries_no_type_names()
    {
        await using var instance = Instance();
        await instance.Get<IStorage>().WriteAsync(new Dictionary<string, object> { ["k"] = new ConversationMemory { Questions = ["q"] } });

        var stored = JObject.Parse((string)(await redis.Database.StringGetAsync($"{_prefix}bot:k"))!);

        Assert.Equal(1, stored.Value<int>("v"));
        Assert.Equal("q", stored["state"]!["Questions"]![0]!.Value<string>());
        Assert.DoesNotContain("$type", stored.ToString());
    }

    [Fact]
    public async Task Deleted_state_is_gone()
    {
        await using var instance = Instance();
        var storage = instance.Get<IStorage>();
        await storage.WriteAsync(new Dictionary<string, object> { ["gone"] = new JObject { ["x"] = 1 } });

        await storage.DeleteAsync(["gone"]);

        Assert.Empty(await storage.ReadAsync(["gone"]));
    }

    [Fact]
    public async Task Without_redis_reading_and_writing_say_the_store_is_unavailable()
    {
        await using var down = StateHarness.Create($"127.0.0.1:{LoopbackPorts.Free()}", _prefix);
        var storage = down.Get<IStorage>();

        await Assert.ThrowsAsync<StateStoreUnavailableException>(() => storage.ReadAsync(["k"]));
        await Assert.ThrowsAsync<StateStoreUnavailableException>(() => storage.WriteAsync(new Dictionary<string, object> { ["k"] = new JObject() }));
    }
}
