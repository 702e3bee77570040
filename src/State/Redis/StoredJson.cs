using System.Text.Json;
using System.Text.Json.Nodes;

namespace State.Redis;

/// <summary>
/// Values are stored as <c>{"v": 1, …}</c>. Readers take the fields they know and ignore the rest, so an older
/// instance reads what a newer one wrote during a rolling upgrade; <c>v</c> tells a later reader which shape it has.
/// </summary>
internal static class StoredJson
{
    public const int Version = 1;

    public static string Write(string field, JsonNode? value) =>
        new JsonObject { ["v"] = Version, [field] = value }.ToJsonString();

    /// <summary>The field of a stored value, or null when the value is not JSON or lacks it.</summary>
    public static JsonNode? Read(string? stored, string field)
    {
        if (string.IsNullOrEmpty(stored))
        {
            return null;
        }
        try
        {
            return JsonNode.Parse(stored) is JsonObject value ? value[field] : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
