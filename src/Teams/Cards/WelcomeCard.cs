using Newtonsoft.Json.Linq;
using static Teams.Cards.AdaptiveCardJson;

namespace Teams.Cards;

/// <summary>The hello on install and the answer to 도움말/help: what the bot knows and example questions to tap.</summary>
public static class WelcomeCard
{
    public static JObject Welcome(CardText text) => Create(text, text.WelcomeTitle, text.WelcomeBody);

    public static JObject Help(CardText text) => Create(text, text.HelpTitle, text.HelpBody);

    private static JObject Create(CardText text, string title, string body) => Card(
        text.Language,
        [
            Text(title, size: "Large", weight: "Bolder"),
            Text(body),
            Text(text.ExamplesTitle, size: "Small", weight: "Bolder", subtle: true),
            new JObject { ["type"] = "ActionSet", ["actions"] = new JArray(text.ExampleQuestions.Select(AskButton)) },
        ]);
}
