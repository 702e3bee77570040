using Microsoft.Extensions.DependencyInjection;
using Teams.Feedback;
using TestSupport;

namespace State.Tests.Feedback;

public sealed class RedisTeamsFeedbackRecorderTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    private static AnswerFeedback Feedback(string comment) => new("personal-1", "sent-2", "29:user", "like", comment, DateTimeOffset.UtcNow);

    private StateHarness Instance(string prefix, string? redisConfiguration = null) => StateHarness.Create(redisConfiguration ?? redis.Server.Configuration, prefix, configure: services =>
        services.AddSingleton<IFeedbackRecorder, InMemoryFeedbackRecorder>());

    [Fact]
    public async Task Teams_feedback_received_by_either_instance_is_read_by_both()
    {
        var prefix = RedisFixture.NewPrefix();
        await using var first = Instance(prefix);
        await using var second = Instance(prefix);

        await first.Get<IFeedbackRecorder>().RecordAsync(Feedback("A에서"), CancellationToken.None);
        await second.Get<IFeedbackRecorder>().RecordAsync(Feedback("B에서"), CancellationToken.None);

        Assert.Equal(["A에서", "B에서"], (await first.Get<IFeedbackRecorder>().ReadAllAsync(CancellationToken.None)).Select(feedback => feedback.Comment));
        Assert.Equal(2, (await second.Get<IFeedbackRecorder>().ReadAllAsync(CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Without_redis_feedback_is_kept_by_the_instance()
    {
        await using var down = Instance(RedisFixture.NewPrefix(), $"127.0.0.1:{LoopbackPorts.Free()}");

        await down.Get<IFeedbackRecorder>().RecordAsync(Feedback("Redis가 없을 때"), CancellationToken.None);

        Assert.Equal("Redis가 없을 때", Assert.Single(await down.Get<IFeedbackRecorder>().ReadAllAsync(CancellationToken.None)).Comment);
    }
}
