using System.Text.Json.Nodes;
using Answering.Conversations;

namespace State.Tests.Conversations;

public sealed class RedisConversationHistoryTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    private readonly string _prefix = RedisFixture.NewPrefix();

    private StateHarness Instance(IDictionary<string, string?>? settings = null) => StateHarness.Create(redis.Server.Configuration, _prefix, settings);

    [Fact]
    public async Task A_question_remembered_by_one_instance_is_recalled_by_another_in_order()
    {
        await using var first = Instance();
        await using var second = Instance();

        Assert.True(await first.Get<IConversationHistory>().AppendAsync("c1", "1단계 국비 총액 알려줘"));
        Assert.True(await second.Get<IConversationHistory>().AppendAsync("c1", "2단계는?"));
        var recall = await second.Get<IConversationHistory>().GetAsync("c1");

        Assert.True(recall.Available);
        Assert.Equal(["1단계 국비 총액 알려줘", "2단계는?"], recall.Questions);
        Assert.Empty((await first.Get<IConversationHistory>().GetAsync("other")).Questions);
    }

    [Fact]
    public async Task Only_the_last_questions_are_kept_and_the_conversation_expires_after_its_idle_limit()
    {
        await using var instance = Instance(new Dictionary<string, string?> { ["Conversations:MaxTurns"] = "3", ["Conversations:IdleLimit"] = "00:10:00" });
        var history = instance.Get<IConversationHistory>();

        foreach (var question in new[] { "q1", "q2", "q3", "q4", "q5" })
        {
            await history.AppendAsync("c2", question);
        }

        Assert.Equal(["q3", "q4", "q5"], (await history.GetAsync("c2")).Questions);
        var expiry = await redis.Database.KeyTimeToLiveAsync($"{_prefix}conversation:c2");
        Assert.NotNull(expiry);
        Assert.InRange(expiry.Value, TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(10));
    }

    [Fact]
    public async Task Entries_are_versioned_and_a_newer_writers_extra_fields_are_ignored()
    {
        await using var instance = Instance();
        var history = instance.Get<IConversationHistory>();
        await history.AppendAsync("c3", "첫 질문");
        await redis.Database.ListRightPushAsync($"{_prefix}conversation:c3", """{"v":2,"question":"새 형식의 질문","askedAt":"2026-11-01T00:00:00Z"}""");
        await redis.Database.ListRightPushAsync($"{_prefix}conversation:c3", "not json");

        var stored = JsonNode.Parse((string)(await redis.Database.ListGetByIndexAsync($"{_prefix}conversation:c3", 0))!)!;
        var recall = await history.GetAsync("c3");

        Assert.Equal(1, stored["v"]!.GetValue<int>());
        Assert.Equal(["첫 질문", "새 형식의 질문"], recall.Questions);
    }
}
