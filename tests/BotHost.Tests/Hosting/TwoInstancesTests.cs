using System.Net;
using System.Net.Http.Json;
using Answering.Contract;
using BotHost.Commands;
using Newtonsoft.Json.Linq;
using Teams.Diagnostics;

namespace BotHost.Tests.Hosting;

/// <summary>Two instances of the host sharing one Redis: whichever instance a request reaches, it is one service.</summary>
public sealed class TwoInstancesTests(TwoInstancesFixture instances) : IClassFixture<TwoInstancesFixture>
{
    private const string Question = "1단계 국비 총액 알려줘";
    private const string FollowUp = "그거 14개 시도로 나누면 평균 얼마야?";

    [Fact]
    public async Task A_follow_up_reaching_the_other_instance_is_answered_from_the_first_ones_context()
    {
        using var a = instances.A.NewClient();
        using var b = instances.B.NewClient();
        var conversation = Guid.NewGuid().ToString("n");

        var first = await AskAsync(a, Question, conversation, client: "10.0.1.1");
        var followUp = await AskAsync(b, FollowUp, conversation, client: "10.0.1.1");
        var alone = await AskAsync(b, FollowUp, conversationId: null, client: "10.0.1.1");

        Assert.Contains("1,203억원", first.Text);
        Assert.Contains("85.9억원", followUp.Text);
        Assert.Contains(followUp.Figures, figure => figure.Value == 85.9 && figure.Unit == "억원");
        Assert.DoesNotContain("85.9억원", alone.Text);
    }

    [Fact]
    public async Task A_Teams_conversation_goes_on_across_the_instances()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        using var a = instances.A.NewClient();
        using var b = instances.B.NewClient();
        var conversation = $"personal-{Guid.NewGuid():n}";

        Assert.Equal(HttpStatusCode.OK, (await a.PostAsync("/api/messages", Activity(connector.ServiceUrl, conversation, Question))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await b.PostAsync("/api/messages", Activity(connector.ServiceUrl, conversation, FollowUp))).StatusCode);

        var replies = connector.Sent.Where(activity => activity.Value<string>("type") == "message").ToList();
        Assert.Equal(2, replies.Count);
        Assert.Contains("1,203억원", replies[0].Value<string>("text"));
        Assert.Contains("85.9억원", replies[1].Value<string>("text"));
    }

    [Fact]
    public async Task The_report_run_for_either_instance_shows_feedback_given_on_both()
    {
        using var a = instances.A.NewClient();
        using var b = instances.B.NewClient();
        var marker = Guid.NewGuid().ToString("n")[..8];

        Assert.Equal(HttpStatusCode.NoContent, (await a.SendAsync(Feedback($"A에서 남긴 의견 {marker}", "10.0.2.1"))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await b.SendAsync(Feedback($"B에서 남긴 의견 {marker}", "10.0.2.2"))).StatusCode);

        foreach (var dataFolder in new[] { instances.DataFolderA, instances.DataFolderB })
        {
            var report = new StringWriter();
            var status = await ReportCommand.RunAsync(["--redis", instances.Redis.Configuration, "--data", dataFolder], report, TextWriter.Null);

            Assert.Equal(0, status);
            Assert.Contains($"A에서 남긴 의견 {marker}", report.ToString());
            Assert.Contains($"B에서 남긴 의견 {marker}", report.ToString());
        }
    }

    [Fact]
    public async Task The_31st_request_in_a_minute_from_one_client_is_refused_by_whichever_instance_it_reaches()
    {
        using var a = instances.A.NewClient();
        using var b = instances.B.NewClient();
        var client = $"10.0.3.{Random.Shared.Next(1, 250)}";

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 30; i++)
        {
            statuses.Add((await (i % 2 == 0 ? a : b).SendAsync(Ask("2단계 예산은?", null, client))).StatusCode);
        }
        var onA = await a.SendAsync(Ask("2단계 예산은?", null, client));
        var onB = await b.SendAsync(Ask("2단계 예산은?", null, client));

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, onA.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, onB.StatusCode);
        Assert.Contains("다시 질문해 주세요", await onB.Content.ReadAsStringAsync());
    }

    private static async Task<Answer> AskAsync(HttpClient host, string question, string? conversationId, string client)
    {
        using var response = await host.SendAsync(Ask(question, conversationId, client));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<Answer>(AnswerJson.Options))!;
    }

    private static HttpRequestMessage Ask(string question, string? conversationId, string client) =>
        new(HttpMethod.Post, "/api/ask") { Content = JsonContent.Create(new { question, conversationId }), Headers = { { "X-Forwarded-For", client } } };

    private static HttpRequestMessage Feedback(string comment, string client) =>
        new(HttpMethod.Post, "/api/feedback")
        {
            Content = JsonContent.Create(new { question = Question, answer = "1,203억원", rating = "up", comment }),
            Headers = { { "X-Forwarded-For", client } },
        };

    private static StringContent Activity(Uri serviceUrl, string conversationId, string text) => new(new JObject
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString("n"),
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl.ToString(),
        ["from"] = new JObject { ["id"] = "29:user" },
        ["recipient"] = new JObject { ["id"] = "28:bot" },
        ["conversation"] = new JObject { ["id"] = conversationId, ["conversationType"] = "personal" },
        ["text"] = text,
        ["locale"] = "ko-KR",
    }.ToString(), System.Text.Encoding.UTF8, "application/json");
}
