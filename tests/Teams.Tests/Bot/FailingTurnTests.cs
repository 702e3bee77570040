using System.Net;
using Answering.Contract;
using Newtonsoft.Json;
using Teams.Bot;
using Teams.Diagnostics;
using Teams.Tests.Support;

namespace Teams.Tests.Bot;

public sealed class FailingTurnTests
{
    [Fact]
    public async Task A_failing_answer_service_gives_the_user_a_polite_message_and_no_500()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = await BotServer.StartAsync(new RecordingAnswerService(_ => throw new InvalidOperationException("engine down")));

        var response = await bot.PostAsync(TeamsActivities.Message(connector.ServiceUrl, "2단계 R&D 예산 총액이 얼마인가요?").ToString(Formatting.None));

        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
        var message = Assert.Single(connector.Sent, activity => activity.Value<string>("type") == "message");
        Assert.Equal(TeamsBotAdapter.ErrorMessage, message.Value<string>("text"));
    }
}
