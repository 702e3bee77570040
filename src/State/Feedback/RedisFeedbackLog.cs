using System.Text.Json;
using Answering.Contract;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;
using State.Redis;
using WebChat.Feedback;

namespace State.Feedback;

/// <summary>
/// Ratings and unanswered questions in one Redis stream, so <c>report</c> run anywhere sees every instance's. An entry
/// that cannot reach Redis is appended to the instance's own file instead (never lost), and the report reads both.
/// </summary>
public sealed partial class RedisFeedbackLog(RedisGateway redis, FeedbackLog local, TimeProvider time, ILogger<RedisFeedbackLog> logger) : IFeedbackStore
{
    private const string EntryField = "entry";
    private const int PageSize = 1000;

    private RedisKey StreamKey => redis.Key("feedback", "log");

    public string Location => $"Redis {StreamKey} + {local.FilePath}";

    public Task RecordRatingAsync(FeedbackRequest feedback, CancellationToken cancellationToken = default) =>
        AppendAsync(FeedbackEntry.Rated(feedback, time.GetUtcNow()), cancellationToken);

    public Task RecordUnansweredAsync(Answer answer, CancellationToken cancellationToken = default) =>
        AppendAsync(FeedbackEntry.Unanswered(answer, time.GetUtcNow()), cancellationToken);

    public async Task<FeedbackLogContents> ReadAllAsync(CancellationToken cancellationToken = default)
    {
        var localContents = FeedbackLog.Read(local.FilePath);
        var entries = new List<FeedbackEntry>();
        var unreadable = localContents.UnreadableLines;
        RedisValue from = "-";
        while (true)
        {
            var start = from;
            var (done, page) = await redis.TryAsync("feedback.read",
                database => database.StreamRangeAsync(StreamKey, start, "+", PageSize), cancellationToken).ConfigureAwait(false);
            if (!done)
            {
                LogReadLocalOnly(local.FilePath);
                return localContents;
            }
            foreach (var item in page!)
            {
                if (FeedbackLog.TryParse((string?)item[EntryField] ?? "") is { } entry)
                {
                    entries.Add(entry);
                }
                else
                {
                    unreadable++;
                }
            }
            if (page.Length < PageSize)
            {
                break;
            }
            // Stream ids are ordered: the next page starts after this one's last id ("(" makes the bound exclusive).
            from = "(" + page[^1].Id;
        }
        entries.AddRange(localContents.Entries);
        return new FeedbackLogContents([.. entries.OrderBy(entry => entry.At)], unreadable);
    }

    private async Task AppendAsync(FeedbackEntry entry, CancellationToken cancellationToken)
    {
        var fields = new NameValueEntry[]
        {
            new("v", StoredJson.Version),
            new(EntryField, JsonSerializer.Serialize(entry, AnswerJson.Options)),
        };
        var options = redis.Options;
        // A rating already given is not thrown away because its request was cancelled meanwhile.
        var (done, _) = await redis.TryAsync("feedback.append", async database =>
        {
            var id = await database.StreamAddAsync(StreamKey, fields, maxLength: options.FeedbackMaxEntries, useApproximateMaxLength: true).ConfigureAwait(false);
            await database.KeyExpireAsync(StreamKey, options.FeedbackExpiry).ConfigureAwait(false);
            return id;
        }, CancellationToken.None).ConfigureAwait(false);
        if (!done)
        {
            await local.AppendAsync(entry, CancellationToken.None).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis is unreachable: the feedback report shows only this machine's entries in {FeedbackFile}")]
    private partial void LogReadLocalOnly(string feedbackFile);
}
