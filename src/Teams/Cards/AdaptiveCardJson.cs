using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Teams.Cards;

/// <summary>Adaptive Card 1.5 building blocks as plain JSON (the AdaptiveCards package is not used).</summary>
internal static class AdaptiveCardJson
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>The field of an ask button's submitted data that holds the question.</summary>
    public const string QuestionField = "question";

    public static JObject Card(string language, JArray body, JArray? actions = null)
    {
        var card = new JObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["lang"] = language,
            ["body"] = body,
        };
        if (actions is { Count: > 0 })
        {
            card["actions"] = actions;
        }
        return card;
    }

    public static Attachment Attachment(JObject card) => new() { ContentType = ContentType, Content = card };

    public static JObject Text(string text, string? size = null, string? weight = null, string? color = null, bool subtle = false, string? fontType = null)
    {
        var block = new JObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (size is not null) block["size"] = size;
        if (weight is not null) block["weight"] = weight;
        if (color is not null) block["color"] = color;
        if (subtle) block["isSubtle"] = true;
        if (fontType is not null) block["fontType"] = fontType;
        return block;
    }

    public static JObject Container(JArray items, string? id = null, string? style = null, bool visible = true, string spacing = "Medium")
    {
        var container = new JObject { ["type"] = "Container", ["items"] = items, ["spacing"] = spacing };
        if (id is not null) container["id"] = id;
        if (style is not null) container["style"] = style;
        if (!visible) container["isVisible"] = false;
        return container;
    }

    public static JObject FactSet(IEnumerable<(string Title, string Value)> facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JArray(facts.Select(fact => new JObject { ["title"] = fact.Title, ["value"] = fact.Value })),
    };

    /// <summary>
    /// A button that asks <paramref name="question"/>: a plain Action.Submit whose data the bot reads as the question.
    /// (Teams' messageBack would also echo the text as the user's message, but the Agents Playground does not send it.)
    /// </summary>
    public static JObject AskButton(string question) => new()
    {
        ["type"] = "Action.Submit",
        ["title"] = question,
        ["data"] = new JObject { [QuestionField] = question },
    };

    public static JObject ToggleButton(string title, string targetId) => new()
    {
        ["type"] = "Action.ToggleVisibility",
        ["title"] = title,
        ["targetElements"] = new JArray(targetId),
    };
}
