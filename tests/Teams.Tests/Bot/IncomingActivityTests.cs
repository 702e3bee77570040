using System.Net;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Teams.Diagnostics;
using Teams.Tests.Support;

namespace Teams.Tests.Bot;

/// <summary>Activities the SDK would crash on (a 500 before the turn starts) get a 400 and are never answered.</summary>
public sealed class IncomingActivityTests : IAsyncLifetime
{
    private readonly RecordingAnswerService _answers = RecordingAnswerService.WithBudgetFigure();
    private LoopbackConnector _connector = null!;
    private BotServer _bot = null!;

    public async Task InitializeAsync()
    {
        _connector = await LoopbackConnector.StartAsync();
        _bot = await BotServer.StartAsync(_answers);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
    }

    public static TheoryData<string> BrokenActivities => new()
    {
        "serviceUrl missing",
        "serviceUrl empty",
        "serviceUrl not a URL",
        "serviceUrl port 99999",
        "serviceUrl not http",
        "conversation missing",
        "conversation id missing",
        "recipient missing",
        "from missing",
        "channelId missing",
        "timestamp of the wrong type",
        "membersAdded of the wrong type",
        "entities of the wrong type",
    };

    [Theory]
    [MemberData(nameof(BrokenActivities))]
    public async Task An_activity_the_bot_cannot_reply_to_gets_400_and_no_answer(string broken)
    {
        var activity = TeamsActivities.Message(_connector.ServiceUrl, "2단계 R&D 예산 총액이 얼마인가요?");
        Break(activity, broken);

        var response = await _bot.PostAsync(activity.ToString(Formatting.None));
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{broken}: {(int)response.StatusCode} {body}");
        Assert.DoesNotContain("   at ", body);
        Assert.Contains("활동", body);
        Assert.Empty(_answers.Requests);
    }

    [Fact]
    public async Task An_invoke_with_a_count_too_large_for_an_int_gets_501_not_a_crash()
    {
        var invoke = Invoke("composeExtension/query");
        invoke["value"] = new JObject { ["commandId"] = "search", ["queryOptions"] = new JObject { ["skip"] = 0, ["count"] = 1L << 40 } };

        var response = await _bot.PostAsync(invoke.ToString(Formatting.None));

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Theory]
    [InlineData("composeExtension/fetchTask")]
    [InlineData("task/fetch")]
    [InlineData("adaptiveCard/action")]
    [InlineData("no/such/invoke")]
    public async Task An_invoke_the_bot_does_not_implement_gets_501(string name)
    {
        var invoke = Invoke(name);
        invoke["value"] = new JObject { ["data"] = "x", ["count"] = "many" };

        var response = await _bot.PostAsync(invoke.ToString(Formatting.None));

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Empty(_connector.Sent);
    }

    [Fact]
    public async Task Teams_health_check_invoke_gets_200()
    {
        var response = await _bot.PostAsync(Invoke("healthCheck").ToString(Formatting.None));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("healthResults", await response.Content.ReadAsStringAsync());
    }

    private JObject Invoke(string name)
    {
        var invoke = TeamsActivities.Message(_connector.ServiceUrl, "");
        invoke["type"] = "invoke";
        invoke["name"] = name;
        invoke.Remove("text");
        return invoke;
    }

    private static void Break(JObject activity, string broken)
    {
        switch (broken)
        {
            case "serviceUrl missing": activity.Remove("serviceUrl"); break;
            case "serviceUrl empty": activity["serviceUrl"] = ""; break;
            case "serviceUrl not a URL": activity["serviceUrl"] = "not a url"; break;
            case "serviceUrl port 99999": activity["serviceUrl"] = "http://127.0.0.1:99999/"; break;
            case "serviceUrl not http": activity["serviceUrl"] = "file:///etc/passwd"; break;
            case "conversation missing": activity.Remove("conversation"); break;
            case "conversation id missing": ((JObject)activity["conversation"]!).Remove("id"); break;
            case "recipient missing": activity.Remove("recipient"); break;
            case "from missing": activity.Remove("from"); break;
            case "channelId missing": activity.Remove("channelId"); break;
            case "timestamp of the wrong type": activity["timestamp"] = new JArray(1, 2); break;
            case "membersAdded of the wrong type": activity["membersAdded"] = "everyone"; break;
            case "entities of the wrong type": activity["entities"] = 42; break;
            default: throw new ArgumentException(broken);
        }
    }
}
