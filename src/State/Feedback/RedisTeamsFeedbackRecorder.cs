using System.Text.Json;
using Answering.Contract;
using StackExchange.Redis;
using State.Redis;
using Teams.Feedback;

namespace State.Feedback;

/// <summary>
/// Teams' thumbs up and down in one Redis stream, whichever instance received them. One that cannot reach Redis goes to
/// the instance's own recorder (the configured file, or memory), and reading returns both.
/// </summary>
public sealed class RedisTeamsFeedbackRecorder(RedisGateway redis, IFeedbackRecorder local) : IFeedbackRecorder
{
    private const string EntryField = "entry";

    private RedisKey StreamKey => redis.Key("feedback", "teams");

    public async Task RecordAsync(AnswerFeedback feedback, CancellationToken cancellationToken)
    {
        var fields = new NameValueEntry[] { new("v", StoredJson.Version), new(EntryField, JsonSerializer.Serialize(feedback, AnswerJson.Options)) };
        var options = redis.Options;
        var (done, _) = await redis.TryAsync("teamsfeedback.append", async database =>
        {
            var id = await database.StreamAddAsync(StreamKey, fields, maxLength: options.FeedbackMaxEntries, useApproximateMaxLength: true).ConfigureAwait(false);
            await database.KeyExpireAsync(StreamKey, options.FeedbackExpiry).ConfigureAwait(false);
            return id;
        }, CancellationToken.None).ConfigureAwait(false);
        if (!done)
        {
            await local.RecordAsync(feedback, CancellationToken.None).ConfigureAwait(false);
        }
    }

    public async Task<IReadOnlyList<AnswerFeedback>> ReadAllAsync(CancellationToken cancellationToken)
    {
        var kept = await local.ReadAllAsync(cancellationToken).ConfigureAwait(false);
        var (done, entries) = await redis.TryAsync("teamsfeedback.read", database => database.StreamRangeAsync(StreamKey), cancellationToken).ConfigureAwait(false);
        if (!done)
        {
            return kept;
        }
        var shared = entries!
            .Select(entry => Parse((string?)entry[EntryField]))
            .OfType<AnswerFeedback>();
        return [.. shared.Concat(kept).OrderBy(feedback => feedback.ReceivedAt)];
    }

    private static AnswerFeedback? Parse(string? json)
    {
        try
        {
            return json is null ? null : JsonSerializer.Deserialize<AnswerFeedback>(json, AnswerJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
