using System.Net;
using Answering.Contract;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Teams.Cards;
using Teams.Diagnostics;
using Teams.Feedback;
using Teams.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Teams.Tests.Bot;

/// <summary>Real Teams activities posted to /api/messages; replies come back through a loopback connector.</summary>
public sealed class AnswerBotTests : IAsyncLifetime
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

    [Fact]
    public async Task A_question_gets_an_answer_card_with_the_figure_and_its_sources()
    {
        var response = await PostAsync(TeamsActivities.Message(_connector.ServiceUrl, "2단계 R&D 예산은 1단계보다 몇 % 늘었나요?"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(Messages());
        var card = CardOf(reply);
        Assert.Equal("1.5", card.Value<string>("version"));
        var cardText = card.ToString(Formatting.None);
        Assert.Contains("14.5%", cardText);
        Assert.Contains("(1134 - 990) / 990 × 100", cardText);
        Assert.Contains("1,134억원 [1]", cardText);
        var sources = FindById(card, AnswerCard.SourcesId);
        Assert.False(sources.Value<bool>("isVisible"));
        Assert.Contains(SampleAnswers.Doc + " · 37행", sources.ToString());
        Assert.Contains("R&D | 150 | 420", sources.ToString());
    }

    [Fact]
    public async Task The_typing_indicator_comes_before_the_answer()
    {
        await PostAsync(TeamsActivities.Message(_connector.ServiceUrl, "2단계 R&D 예산 총액이 얼마인가요?"));

        Assert.Equal(["typing", "message"], _connector.Sent.Select(activity => activity.Value<string>("type")!));
    }

    [Fact]
    public async Task The_answer_follows_Teams_conventions_for_AI_answers()
    {
        await PostAsync(TeamsActivities.Message(_connector.ServiceUrl, "2단계 R&D 예산은 1단계보다 몇 % 늘었나요?"));

        var reply = Assert.Single(Messages());
        Assert.Contains("[1]", reply.Value<string>("text"));
        Assert.True(reply["channelData"]!.Value<bool>("feedbackLoopEnabled"));
        var entity = Assert.Single(reply["entities"]!.Children<JObject>());
        Assert.Equal("https://schema.org/Message", entity.Value<string>("type"));
        Assert.Equal("Message", entity.Value<string>("@type"));
        Assert.Equal("https://schema.org", entity.Value<string>("@context"));
        Assert.Equal(["AIGeneratedContent"], entity["additionalType"]!.Values<string>());
        var claim = Assert.Single(entity["citation"]!.Children<JObject>());
        Assert.Equal("Claim", claim.Value<string>("@type"));
        Assert.Equal(1, claim.Value<int>("position"));
        Assert.Equal("DigitalDocument", claim["appearance"]!.Value<string>("@type"));
        Assert.Contains(SampleAnswers.Doc, claim["appearance"]!.Value<string>("name"));
        Assert.StartsWith("R&D 150 420", claim["appearance"]!.Value<string>("abstract"));
    }

    [Fact]
    public async Task A_follow_up_passes_the_earlier_questions_as_history()
    {
        await PostAsync(TeamsActivities.Message(_connector.ServiceUrl, "2단계 R&D 예산 총액이 얼마인가요?"));
        await PostAsync(TeamsActivities.Message(_connector.ServiceUrl, "그럼 1단계는요?"));
        await PostAsync(TeamsActivities.Message(_connector.ServiceUrl, "다른 대화의 질문", conversationId: "personal-2"));

        Assert.Equal(3, _answers.Requests.Count);
        Assert.Empty(_answers.Requests[0].History);
        Assert.Equal(["2단계 R&D 예산 총액이 얼마인가요?"], _answers.Requests[1].History);
        Assert.Equal("personal-1", _answers.Requests[1].ConversationId);
        Assert.Empty(_answers.Requests[2].History);
    }

    [Fact]
    public async Task In_a_channel_a_message_without_a_mention_is_ignored()
    {
        var response = await PostAsync(TeamsActivities.Message(_connector.ServiceUrl, "점심 뭐 먹을까요?", "19:channel@thread.tacv2", "channel"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_answers.Requests);
        Assert.Empty(_connector.Sent);
    }

    [Theory]
    [InlineData("channel")]
    [InlineData("groupChat")]
    public async Task In_shared_conversations_a_mention_is_answered_without_the_mention_text(string conversationType)
    {
        await PostAsync(TeamsActivities.Message(_connector.ServiceUrl, "2단계 R&D 예산 총액이 얼마인가요?", "19:shared@thread.v2", conversationType, mentionBot: true));

        var request = Assert.Single(_answers.Requests);
        Assert.Equal("2단계 R&D 예산 총액이 얼마인가요?", request.Question);
        Assert.Single(Messages());
    }

    [Fact]
    public async Task A_new_conversation_gets_one_welcome_card_with_example_questions()
    {
        await PostAsync(TeamsActivities.InstallationAdded(_connector.ServiceUrl));
        var response = await PostAsync(TeamsActivities.MembersAdded(_connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var welcome = CardOf(Assert.Single(Messages()));
        Assert.Contains(CardText.Korean.WelcomeTitle, welcome.ToString());
        var buttons = welcome.Descendants().OfType<JObject>().Where(node => node.Value<string>("type") == "Action.Submit").ToList();
        Assert.Equal(CardText.Korean.ExampleQuestions, buttons.Select(button => button["data"]!.Value<string>("question")!));
    }

    [Fact]
    public async Task Install_events_arriving_together_still_bring_one_welcome_card()
    {
        // Both turns read the conversation state before either saves it: only the atomic claim can keep it to one card.
        await using var bot = await BotServer.StartAsync(_answers, configure: services =>
            services.AddSingleton<Microsoft.Bot.Builder.IStorage>(new ReadTogetherStorage(readers: 2)));

        await Task.WhenAll(
            bot.PostAsync(TeamsActivities.InstallationAdded(_connector.ServiceUrl, "personal-together").ToString(Formatting.None)),
            bot.PostAsync(TeamsActivities.MembersAdded(_connector.ServiceUrl, "personal-together").ToString(Formatting.None)));

        Assert.Single(Messages());
    }

    [Fact]
    public async Task With_the_state_store_out_of_reach_a_question_is_answered_as_new_and_the_answer_says_so()
    {
        await using var bot = await BotServer.StartAsync(_answers, configure: services =>
            services.AddSingleton<Microsoft.Bot.Builder.IStorage>(new UnreachableStorage()));

        var response = await bot.PostAsync(TeamsActivities.Message(_connector.ServiceUrl, "그거 14개 시도로 나누면 평균 얼마야?").ToString(Formatting.None));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(Assert.Single(_answers.Requests).History);
        var reply = Assert.Single(Messages());
        Assert.Contains(Answering.Conversations.HistoryNotice.Korean, reply.ToString(Formatting.None));
    }

    [Fact]
    public async Task Members_added_alone_also_gets_the_welcome_card()
    {
        await PostAsync(TeamsActivities.MembersAdded(_connector.ServiceUrl));

        Assert.Contains(CardText.Korean.WelcomeTitle, CardOf(Assert.Single(Messages())).ToString());
    }

    [Theory]
    [InlineData("도움말", "ko")]
    [InlineData("help", "en")]
    public async Task Help_shows_how_to_ask_in_the_user_s_language(string word, string language)
    {
        await PostAsync(TeamsActivities.Message(_connector.ServiceUrl, word));

        Assert.Empty(_answers.Requests);
        var card = CardOf(Assert.Single(Messages()));
        Assert.Equal(language, card.Value<string>("lang"));
        Assert.Contains(CardText.For(language).HelpTitle, card.ToString());
    }

    [Theory]
    [InlineData("personal")]
    [InlineData("channel")]
    public async Task A_follow_up_button_asks_its_question_even_without_a_mention(string conversationType)
    {
        var activity = TeamsActivities.Message(_connector.ServiceUrl, "", "conversation-1", conversationType);
        activity.Remove("text");
        activity["value"] = new JObject { ["question"] = "2단계 비R&D 예산은?" };

        await PostAsync(activity);

        Assert.Equal("2단계 비R&D 예산은?", Assert.Single(_answers.Requests).Question);
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("")]
    public async Task An_empty_message_gets_a_polite_prompt(string text)
    {
        var response = await PostAsync(TeamsActivities.Message(_connector.ServiceUrl, text));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_answers.Requests);
        Assert.Equal(CardText.Korean.EmptyQuestion, Assert.Single(Messages()).Value<string>("text"));
    }

    [Fact]
    public async Task A_huge_message_gets_a_polite_request_to_shorten_it()
    {
        var response = await PostAsync(TeamsActivities.Message(_connector.ServiceUrl, string.Concat(Enumerable.Repeat("예산 ", 5000))));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_answers.Requests);
        Assert.Contains("1,000자 이내로", Assert.Single(Messages()).Value<string>("text"));
    }

    [Theory]
    [InlineData("R&D (")]
    [InlineData("*")]
    [InlineData("<script>alert(1)</script>")]
    public async Task Odd_questions_go_to_the_answer_service_unchanged(string question)
    {
        var response = await PostAsync(TeamsActivities.Message(_connector.ServiceUrl, question));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(question, Assert.Single(_answers.Requests).Question);
    }

    [Fact]
    public async Task Feedback_is_accepted_and_recorded()
    {
        var response = await PostAsync(TeamsActivities.Feedback(_connector.ServiceUrl, "dislike", "출처가 더 필요해요"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var feedback = Assert.Single(await _bot.Services.GetRequiredService<IFeedbackRecorder>().ReadAllAsync(CancellationToken.None));
        Assert.Equal("dislike", feedback.Reaction);
        Assert.Equal("출처가 더 필요해요", feedback.Comment);
        Assert.Equal("sent-2", feedback.AnswerActivityId);
        Assert.Equal(TeamsActivities.UserId, feedback.UserId);
    }

    [Fact]
    public async Task Feedback_without_a_reaction_is_refused()
    {
        var activity = TeamsActivities.Feedback(_connector.ServiceUrl, "meh", "");

        var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await _bot.Services.GetRequiredService<IFeedbackRecorder>().ReadAllAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData("{\"type\": \"message\", \"text\": ")]
    [InlineData("not json at all")]
    [InlineData("{}")]
    public async Task A_malformed_activity_gets_400(string body)
    {
        var response = await _bot.PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_connector.Sent);
    }

    private Task<HttpResponseMessage> PostAsync(JObject activity) => _bot.PostAsync(activity.ToString(Formatting.None));

    private List<JObject> Messages() => [.. _connector.Sent.Where(activity => activity.Value<string>("type") == "message")];

    private static JObject CardOf(JObject reply)
    {
        var attachment = Assert.Single(reply["attachments"]!.Children<JObject>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.Value<string>("contentType"));
        return (JObject)attachment["content"]!;
    }

    private static JObject FindById(JObject card, string id) =>
        card.Descendants().OfType<JObject>().Single(node => node.Value<string>("id") == id);
}
