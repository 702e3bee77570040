using System.Text.Json.Nodes;
using Answering.Conversations;
using Microsoft.Extensions.Options;
using State.Redis;
using StackExchange.Redis;

namespace State.Conversations;

/// <summary>
/// The questions of each <c>/api/ask</c> conversation in a Redis list, so a follow-up may reach any instance.
/// The list keeps the last <see cref="ConversationOptions.MaxTurns"/> questions and expires after
/// <see cref="ConversationOptions.IdleLimit"/> without a question.
/// </summary>
public sealed class RedisConversationHistory(RedisGateway redis, IOptions<ConversationOptions> options) : IConversationHistory
{
    private const string Field = "question";

    // Append, keep the last N and push the expiry back, in one step.
    private static readonly LuaScript AppendScript = LuaScript.Prepare(
        "redis.call('RPUSH', @key, @entry) redis.call('LTRIM', @key, -tonumber(@turns), -1) redis.call('PEXPIRE', @key, @idleMs) return 1");

    private readonly ConversationOptions _options = options.Value;

    public async ValueTask<ConversationRecall> GetAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        var key = redis.Key("conversation", conversationId);
        var (done, entries) = await redis.TryAsync("conversation.read", database => database.ListRangeAsync(key), cancellationToken).ConfigureAwait(false);
        if (!done)
        {
            return ConversationRecall.Unavailable;
        }
        var questions = entries!
            .Select(entry => StoredJson.Read((string?)entry, Field)?.GetValue<string>())
            .OfType<string>()
            .ToList();
        return new ConversationRecall(questions);
    }

    public async ValueTask<bool> AppendAsync(string conversationId, string question, CancellationToken cancellationToken = default)
    {
        var arguments = new
        {
            key = redis.Key("conversation", conversationId),
            entry = StoredJson.Write(Field, JsonValue.Create(question)),
            turns = Math.Max(1, _options.MaxTurns),
            idleMs = (long)_options.IdleLimit.TotalMilliseconds,
        };
        var (done, _) = await redis.TryAsync("conversation.append", database => database.ScriptEvaluateAsync(AppendScript, arguments), cancellationToken).ConfigureAwait(false);
        return done;
    }
}
