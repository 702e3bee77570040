using Answering.Conversations;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using State.Redis;
using StackExchange.Redis;

namespace State.BotState;

/// <summary>
/// Bot Builder storage in Redis, so a Teams conversation goes on whichever instance its next activity reaches.
/// Each key holds <c>{"v":1,"state":…}</c> and expires after <see cref="RedisStateOptions.BotStateExpiry"/> without a
/// write; the last write wins, as in the file store (a conversation's turns arrive one at a time). Type names are never
/// written or read. When Redis is out of reach a <see cref="StateStoreUnavailableException"/> tells the bot to answer
/// without the conversation's memory.
/// </summary>
public sealed class RedisBotStorage(RedisGateway redis) : IStorage
{
    private const string Field = "state";

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var items = new Dictionary<string, object>(keys.Length, StringComparer.Ordinal);
        if (keys.Length == 0)
        {
            return items;
        }
        var redisKeys = keys.Select(KeyOf).ToArray();
        var (done, values) = await redis.TryAsync("botstate.read", database => database.StringGetAsync(redisKeys), cancellationToken).ConfigureAwait(false);
        if (!done)
        {
            throw new StateStoreUnavailableException("Teams bot state could not be read from Redis.");
        }
        for (var i = 0; i < keys.Length; i++)
        {
            if (StoredJson.Read((string?)values![i], Field) is { } state)
            {
                items[keys[i]] = JToken.Parse(state.ToJsonString());
            }
        }
        return items;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return;
        }
        var expiry = redis.Options.BotStateExpiry;
        var writes = changes
            .Select(change => (Key: KeyOf(change.Key), Value: (RedisValue)Envelope(change.Value)))
            .ToList();
        var (done, _) = await redis.TryAsync("botstate.write", async database =>
        {
            var batch = database.CreateBatch();
            var sets = writes.Select(write => batch.StringSetAsync(write.Key, write.Value, expiry)).ToList();
            batch.Execute();
            return await Task.WhenAll(sets).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
        if (!done)
        {
            throw new StateStoreUnavailableException("Teams bot state could not be written to Redis.");
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var redisKeys = keys.Select(KeyOf).ToArray();
        var (done, _) = await redis.TryAsync("botstate.delete", database => database.KeyDeleteAsync(redisKeys), cancellationToken).ConfigureAwait(false);
        if (!done)
        {
            throw new StateStoreUnavailableException("Teams bot state could not be deleted from Redis.");
        }
    }

    private RedisKey KeyOf(string key) => redis.Key("bot", key);

    // Newtonsoft, as the SDK's own stores: the state objects are Bot Builder's (JObject, dictionaries, POCOs).
    private static string Envelope(object value) =>
        new JObject { ["v"] = StoredJson.Version, [Field] = JToken.FromObject(value, JsonSerializer.Create(new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.None })) }
            .ToString(Formatting.None);
}
