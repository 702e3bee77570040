using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Teams.Cards;
using Teams.Diagnostics;
using Teams.Tests.Support;

namespace Teams.Tests.Bot;

/// <summary>The bot with the real engine: the card's figure is the corpus's, whatever the corpus says.</summary>
public sealed class RealEngineTests
{
    [Fact]
    public async Task The_phase_2_R_and_D_budget_card_shows_the_figure_and_line_of_the_corpus()
    {
        var (expected, line) = RealEngine.RndSubtotal("2단계(B)");
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = await BotServer.StartAsync(RealEngine.AnswerService());

        await bot.PostAsync(TeamsActivities.Message(connector.ServiceUrl, "2단계 R&D 예산 총액이 얼마인가요?").ToString(Formatting.None));

        var reply = Assert.Single(connector.Sent, activity => activity.Value<string>("type") == "message");
        var card = (JObject)reply["attachments"]![0]!["content"]!;
        var figures = card.Descendants().OfType<JObject>().Single(node => node.Value<string>("id") == "figures");
        Assert.Contains(AnswerCard.FormatNumber(expected, "억원"), figures.Descendants().OfType<JValue>().Select(value => value.ToString()));
        var sources = card.Descendants().OfType<JObject>().Single(node => node.Value<string>("id") == AnswerCard.SourcesId);
        Assert.Contains($"{RealEngine.Document} · {line}행", sources.ToString());
        Assert.Contains(AnswerCard.FormatNumber(expected, "억원"), reply.Value<string>("text"));
    }

    [Fact]
    public async Task A_follow_up_is_answered_in_the_context_of_the_earlier_question()
    {
        var (firstPhase, _) = RealEngine.RndSubtotal("1단계(A)");
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = await BotServer.StartAsync(RealEngine.AnswerService());

        await bot.PostAsync(TeamsActivities.Message(connector.ServiceUrl, "2단계 R&D 예산 총액이 얼마인가요?").ToString(Formatting.None));
        connector.Clear();
        await bot.PostAsync(TeamsActivities.Message(connector.ServiceUrl, "그럼 1단계는요?").ToString(Formatting.None));

        var reply = Assert.Single(connector.Sent, activity => activity.Value<string>("type") == "message");
        Assert.Contains(AnswerCard.FormatNumber(firstPhase, "억원"), reply.Value<string>("text"));
    }
}
