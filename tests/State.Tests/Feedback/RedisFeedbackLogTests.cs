using Answering.Contract;
using TestSupport;
using WebChat.Feedback;

namespace State.Tests.Feedback;

public sealed class RedisFeedbackLogTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    private static FeedbackRequest Rating(string comment) => new() { Id = comment, Question = "1단계 국비 총액 알려줘", Answer = "1,203억원", Rating = Ratings.Up, Comment = comment };

    private static Answer Unanswered(string question) => new() { Question = question, Text = "문서에 없어요.", Language = "ko", Kind = AnswerKinds.OutOfScope };

    [Fact]
    public async Task What_each_instance_records_is_read_by_either()
    {
        var prefix = RedisFixture.NewPrefix();
        await using var first = StateHarness.Create(redis.Server.Configuration, prefix);
        await using var second = StateHarness.Create(redis.Server.Configuration, prefix);

        await first.Get<IFeedbackStore>().RecordRatingAsync(Rating("A에서 남긴 의견"));
        await second.Get<IFeedbackStore>().RecordRatingAsync(Rating("B에서 남긴 의견"));
        await second.Get<IFeedbackStore>().RecordUnansweredAsync(Unanswered("김치찌개 끓이는 법"));

        foreach (var instance in new[] { first, second })
        {
            var summary = FeedbackReport.Summarize(await instance.Get<IFeedbackStore>().ReadAllAsync());
            Assert.Equal(["A에서 남긴 의견", "B에서 남긴 의견"], summary.Comments.Select(comment => comment.Comment).Order());
            Assert.Equal("김치찌개 끓이는 법", Assert.Single(summary.Unanswered).Question);
        }
        Assert.False(File.Exists(Path.Combine(first.DataFolder, "feedback.jsonl")), "Entries went to the local file although Redis was up.");
    }

    [Fact]
    public async Task Entries_are_versioned_in_the_stream_and_the_stream_expires()
    {
        var prefix = RedisFixture.NewPrefix();
        await using var instance = StateHarness.Create(redis.Server.Configuration, prefix);

        await instance.Get<IFeedbackStore>().RecordRatingAsync(Rating("좋아요"));

        var entry = Assert.Single(await redis.Database.StreamRangeAsync($"{prefix}feedback:log"));
        Assert.Equal(1, (int)entry["v"]);
        Assert.Contains("좋아요", (string)entry["entry"]!);
        Assert.NotNull(await redis.Database.KeyTimeToLiveAsync($"{prefix}feedback:log"));
    }

    [Fact]
    public async Task An_entry_that_cannot_reach_redis_is_kept_in_the_local_file_and_still_reported()
    {
        await using var server = await RedisServer.StartAsync();
        var prefix = RedisFixture.NewPrefix();
        await using var instance = StateHarness.Create(server.Configuration, prefix);
        var store = instance.Get<IFeedbackStore>();
        await store.RecordRatingAsync(Rating("Redis가 있을 때"));

        await server.KillAsync();
        await store.RecordRatingAsync(Rating("Redis가 없을 때"));
        var duringOutage = FeedbackReport.Summarize(await store.ReadAllAsync());
        await server.StartAgainAsync();

        Assert.Equal("Redis가 없을 때", Assert.Single(FeedbackLog.Read(Path.Combine(instance.DataFolder, "feedback.jsonl")).Entries).Comment);
        Assert.Equal(["Redis가 없을 때"], duringOutage.Comments.Select(comment => comment.Comment));
    }
}
