using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Teams.Bot;

/// <summary>
/// Reads the activity a channel POSTs and checks that the bot can take a turn on it and reply: a type, a channel,
/// a conversation, both parties and a service URL to reply to. The SDK assumes all of them and fails with a
/// NullReferenceException or a bad URI before the turn starts (a 500); here such an activity gets a 400.
/// </summary>
public static class IncomingActivity
{
    /// <summary>Activities are small; attachments are links. Larger bodies are refused before they are read.</summary>
    public const long MaxBodyBytes = 256 * 1024;

    public const string Unreadable = "활동(activity)을 읽지 못했어요. Bot Framework 형식의 JSON으로 보내 주세요.";
    public const string Incomplete = "활동(activity)에 답장에 필요한 정보가 빠져 있어요.";

    public static async Task<(Activity? Activity, string? Problem, string? Reason)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return (null, Unreadable, "body too large");
        }
        Activity? activity;
        try
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body, cancellationToken).ConfigureAwait(false);
            if (body.Length > MaxBodyBytes)
            {
                return (null, Unreadable, "body too large");
            }
            body.Position = 0;
            using var reader = new JsonTextReader(new StreamReader(body, System.Text.Encoding.UTF8)) { MaxDepth = 64 };
            activity = HttpHelper.BotMessageSerializer.Deserialize<Activity>(reader);
        }
        catch (Exception unreadable) when (unreadable is JsonException or FormatException or OverflowException or ArgumentException or InvalidCastException)
        {
            return (null, Unreadable, unreadable.GetType().Name);
        }
        catch (BadHttpRequestException tooLarge)
        {
            return (null, Unreadable, tooLarge.Message);
        }

        var missing = activity is null ? "activity" : MissingPart(activity);
        return missing is null ? (activity, null, null) : (null, activity is null ? Unreadable : Incomplete, $"missing or invalid {missing}");
    }

    private static string? MissingPart(Activity activity) => activity switch
    {
        { Type: null or "" } => "type",
        { ChannelId: null or "" } => "channelId",
        { Conversation.Id: null or "" } or { Conversation: null } => "conversation",
        { From: null } => "from",
        { Recipient.Id: null or "" } or { Recipient: null } => "recipient",
        _ when !IsServiceUrl(activity.ServiceUrl) => "serviceUrl",
        // The SDK's Teams handlers read channelData as an object (GetChannelData casts it).
        { ChannelData: not (null or JObject) } => "channelData",
        _ => null,
    };

    // The bot replies by POSTing to this address: it must be an absolute http(s) URL with a host (Uri refuses port 99999).
    private static bool IsServiceUrl(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri)
        && uri.Scheme is "https" or "http"
        && uri.Host.Length > 0
        && uri.Port is > 0 and <= 65535;
}
