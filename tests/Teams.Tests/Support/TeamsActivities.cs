using Newtonsoft.Json.Linq;

namespace Teams.Tests.Support;

/// <summary>Activities shaped as Teams sends them, pointing their replies at a loopback connector.</summary>
public static class TeamsActivities
{
    public const string BotId = "28:bot-id";
    public const string BotName = "혁신클러스터봇";
    public const string UserId = "29:user-id";

    public static JObject Message(Uri serviceUrl, string text, string conversationId = "personal-1", string conversationType = "personal", bool mentionBot = false)
    {
        var activity = Base("message", serviceUrl, conversationId, conversationType);
        if (mentionBot)
        {
            var mention = $"<at>{BotName}</at>";
            activity["text"] = $"{mention} {text}";
            activity["entities"] = new JArray(new JObject
            {
                ["type"] = "mention",
                ["text"] = mention,
                ["mentioned"] = new JObject { ["id"] = BotId, ["name"] = BotName },
            });
        }
        else
        {
            activity["text"] = text;
        }
        return activity;
    }

    public static JObject MembersAdded(Uri serviceUrl, string conversationId = "personal-1")
    {
        var activity = Base("conversationUpdate", serviceUrl, conversationId, "personal");
        activity["membersAdded"] = new JArray(new JObject { ["id"] = BotId }, new JObject { ["id"] = UserId });
        activity["channelData"] = new JObject { ["tenant"] = new JObject { ["id"] = "tenant-1" } };
        return activity;
    }

    public static JObject InstallationAdded(Uri serviceUrl, string conversationId = "personal-1")
    {
        var activity = Base("installationUpdate", serviceUrl, conversationId, "personal");
        activity["action"] = "add";
        return activity;
    }

    public static JObject Feedback(Uri serviceUrl, string reaction, string comment, string answerActivityId = "sent-2")
    {
        var activity = Base("invoke", serviceUrl, "personal-1", "personal");
        activity["name"] = "message/submitAction";
        activity["replyToId"] = answerActivityId;
        activity["value"] = new JObject
        {
            ["actionName"] = "feedback",
            ["actionValue"] = new JObject
            {
                ["reaction"] = reaction,
                ["feedback"] = new JObject { ["feedbackText"] = comment }.ToString(Newtonsoft.Json.Formatting.None),
            },
        };
        return activity;
    }

    private static JObject Base(string type, Uri serviceUrl, string conversationId, string conversationType) => new()
    {
        ["type"] = type,
        ["id"] = Guid.NewGuid().ToString("N"),
        ["timestamp"] = "2026-11-26T09:00:00.000Z",
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl.ToString(),
        ["from"] = new JObject { ["id"] = UserId, ["name"] = "Test User", ["aadObjectId"] = "00000000-0000-0000-0000-000000000001" },
        ["recipient"] = new JObject { ["id"] = BotId, ["name"] = BotName },
        ["conversation"] = new JObject
        {
            ["id"] = conversationId,
            ["conversationType"] = conversationType,
            ["isGroup"] = conversationType != "personal",
            ["tenantId"] = "tenant-1",
        },
        ["locale"] = "ko-KR",
    };
}
