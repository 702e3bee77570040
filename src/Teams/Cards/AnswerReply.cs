using Answering.Contract;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Teams.Cards;

/// <summary>
/// The reply activity for an answer, with Teams' conventions for AI answers: the text keeps its <c>[n]</c>
/// markers, a schema.org Message entity labels it AI-generated and carries one Claim per citation, and
/// <c>feedbackLoopEnabled</c> shows the thumbs up/down buttons. The answer card below the text carries the details.
/// </summary>
public static class AnswerReply
{
    // Teams shows at most this many characters of a citation's abstract.
    private const int AbstractLimit = 160;

    public static Activity Create(Answer answer)
    {
        return new Activity
        {
            Type = ActivityTypes.Message,
            Text = answer.Text,
            TextFormat = TextFormatTypes.Markdown,
            Locale = answer.Language == "en" ? "en-US" : "ko-KR",
            Attachments = AnswerCard.Create(answer) is { } card ? [AdaptiveCardJson.Attachment(card)] : [],
            Entities = [AiMessage(answer)],
            ChannelData = new JObject { ["feedbackLoopEnabled"] = true },
        };
    }

    private static Entity AiMessage(Answer answer)
    {
        var text = CardText.For(answer.Language);
        var entity = new Entity("https://schema.org/Message");
        entity.Properties["@type"] = "Message";
        entity.Properties["@context"] = "https://schema.org";
        entity.Properties["@id"] = "";
        entity.Properties["additionalType"] = new JArray("AIGeneratedContent");
        entity.Properties["citation"] = new JArray(answer.Citations.Select((citation, index) => new JObject
        {
            ["@type"] = "Claim",
            ["position"] = index + 1,
            ["appearance"] = new JObject
            {
                ["@type"] = "DigitalDocument",
                ["name"] = $"{citation.Doc} {text.Lines(citation.Lines)}",
                ["abstract"] = Shorten(citation.Quote.Replace('\t', ' ')),
            },
        }));
        return entity;
    }

    private static string Shorten(string quote) => quote.Length <= AbstractLimit ? quote : string.Concat(quote.AsSpan(0, AbstractLimit - 1), "…");
}
