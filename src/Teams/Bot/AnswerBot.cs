using Answering;
using Answering.Contract;
using Answering.Conversations;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;
using Teams.Cards;
using Teams.Feedback;
using Teams.State;

namespace Teams.Bot;

/// <summary>
/// The Teams bot: turns a message into an <see cref="AnswerRequest"/> (with the conversation's earlier
/// questions) and the answer into a card. No answering logic lives here.
/// </summary>
public sealed class AnswerBot(
    IAnswerService answers,
    ConversationState conversationState,
    IFeedbackRecorder feedbackRecorder,
    IWelcomeClaims welcomed,
    IOptions<TeamsBotOptions> options,
    TimeProvider time,
    ILogger<AnswerBot> logger) : TeamsActivityHandler
{
    private const string FeedbackInvoke = "message/submitAction";
    private const string HealthCheckInvoke = "healthCheck";

    private static readonly HashSet<string> HelpWords = new(StringComparer.OrdinalIgnoreCase) { "도움말", "도움", "help", "/help", "?" };

    private readonly IStatePropertyAccessor<ConversationMemory> _memory = conversationState.CreateProperty<ConversationMemory>(nameof(ConversationMemory));

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken);
        try
        {
            await conversationState.SaveChangesAsync(turnContext, force: false, cancellationToken);
        }
        catch (StateStoreUnavailableException)
        {
            // The store logs the outage once; this turn's question is simply not remembered.
            logger.LogDebug("Conversation {ConversationId} was not saved: the state store is unreachable", turnContext.Activity.Conversation?.Id);
        }
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (IsSharedConversation(activity) && !MentionsBot(activity) && QuestionFromCard(activity) is null)
        {
            logger.LogDebug("Ignored a message in {ConversationType} {ConversationId} that does not mention the bot", activity.Conversation.ConversationType, activity.Conversation.Id);
            return;
        }

        var question = QuestionOf(activity);
        var text = CardText.For(LanguageOf(question));
        if (question.Length == 0)
        {
            await turnContext.SendActivityAsync(CardText.Korean.EmptyQuestion, cancellationToken: cancellationToken);
            return;
        }
        if (HelpWords.Contains(question))
        {
            await turnContext.SendActivityAsync(MessageFactory.Attachment(AdaptiveCardJson.Attachment(WelcomeCard.Help(text))), cancellationToken);
            return;
        }
        if (question.Length > options.Value.MaxQuestionLength)
        {
            await turnContext.SendActivityAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, text.QuestionTooLong, options.Value.MaxQuestionLength), cancellationToken: cancellationToken);
            return;
        }

        await turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.Typing }, cancellationToken);
        var (memory, recalled) = await RecallAsync(turnContext, cancellationToken);
        var answer = await answers.AskAsync(new AnswerRequest
        {
            Question = question,
            History = [.. memory.Questions],
            Id = activity.Id,
            ConversationId = activity.Conversation.Id,
        }, cancellationToken);
        if (!recalled && answer.Kind != AnswerKinds.Invalid)
        {
            answer = HistoryNotice.AppendTo(answer);
        }
        await turnContext.SendActivityAsync(AnswerReply.Create(answer), cancellationToken);
        memory.Remember(question, options.Value.RememberedQuestions);
        logger.LogInformation("Answered a {AnswerKind} question in conversation {ConversationId} with {CitationCount} citations", answer.Kind, activity.Conversation.Id, answer.Citations.Count);
    }

    protected override Task OnInstallationUpdateAddAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        WelcomeOnceAsync(turnContext, cancellationToken);

    // Teams calls this after looking the new members up (TeamsActivityHandler), other channels directly.
    protected override Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        WelcomeOnceAsync(turnContext, cancellationToken);

    // Only the invokes the bot implements reach a handler: the SDK's Teams handlers read each invoke's value into
    // typed objects first, and a malformed value (a count of 2^40) would fail the turn instead of getting a 501.
    protected override async Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext<IInvokeActivity> turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Name == HealthCheckInvoke)
        {
            // Teams probes a bot with this invoke; reaching the bot is the health it asks about.
            return new InvokeResponse
            {
                Status = (int)System.Net.HttpStatusCode.OK,
                Body = new JObject { ["healthResults"] = new JObject { ["success"] = true, ["messages"] = new JArray("Health check succeeded.") } },
            };
        }
        if (turnContext.Activity.Name != FeedbackInvoke)
        {
            logger.LogDebug("Answered 501 to an invoke the bot does not implement: {InvokeName}", turnContext.Activity.Name);
            return new InvokeResponse { Status = (int)System.Net.HttpStatusCode.NotImplemented };
        }
        if (FeedbackOf(turnContext.Activity) is not { } feedback)
        {
            logger.LogWarning("Rejected a {InvokeName} invoke that carries no feedback", FeedbackInvoke);
            return new InvokeResponse { Status = 400 };
        }
        await feedbackRecorder.RecordAsync(feedback, cancellationToken);
        logger.LogInformation("Feedback {Reaction} on answer {AnswerActivityId} in conversation {ConversationId}", feedback.Reaction, feedback.AnswerActivityId, feedback.ConversationId);
        return new InvokeResponse { Status = 200 };
    }

    private async Task WelcomeOnceAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        // Teams announces an install twice (installationUpdate and conversationUpdate): greet once per conversation.
        var (memory, _) = await RecallAsync(turnContext, cancellationToken);
        if (memory.Welcomed || !await welcomed.TryClaimAsync(turnContext.Activity.Conversation.Id, cancellationToken))
        {
            return;
        }
        memory.Welcomed = true;
        await turnContext.SendActivityAsync(MessageFactory.Attachment(AdaptiveCardJson.Attachment(WelcomeCard.Welcome(CardText.Korean))), cancellationToken);
    }

    /// <summary>The conversation's memory; a fresh one, and <c>false</c>, when the state store is out of reach.</summary>
    private async Task<(ConversationMemory Memory, bool Recalled)> RecallAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        try
        {
            return (await _memory.GetAsync(turnContext, () => new ConversationMemory(), cancellationToken), true);
        }
        catch (StateStoreUnavailableException)
        {
            return (new ConversationMemory(), false);
        }
    }

    private static bool IsSharedConversation(IMessageActivity activity) =>
        activity.Conversation?.ConversationType is "groupChat" or "channel" || activity.Conversation?.IsGroup == true;

    private static bool MentionsBot(IMessageActivity activity) =>
        activity.GetMentions().Any(mention => mention.Mentioned?.Id == activity.Recipient?.Id);

    // A card's ask button (a follow-up, an example) arrives as submitted data instead of text; in a
    // channel it is addressed to the bot without a mention.
    private static string QuestionOf(IMessageActivity activity) =>
        QuestionFromCard(activity) ?? (activity.RemoveRecipientMention() ?? string.Empty).Trim();

    private static string? QuestionFromCard(IMessageActivity activity) =>
        string.IsNullOrWhiteSpace(activity.Text) && activity.Value is JObject value && value.Value<string>(AdaptiveCardJson.QuestionField) is { } question
            ? question.Trim()
            : null;

    private static string LanguageOf(string question) =>
        question.Any(c => c is >= '\uAC00' and <= '\uD7A3') || !question.Any(char.IsAsciiLetter) ? "ko" : "en";

    private AnswerFeedback? FeedbackOf(IInvokeActivity activity)
    {
        if (activity.Value is not JObject value || value.Value<string>("actionName") != "feedback" || value["actionValue"] is not JObject action)
        {
            return null;
        }
        var reaction = action.Value<string>("reaction");
        if (reaction is not ("like" or "dislike"))
        {
            return null;
        }
        return new AnswerFeedback(activity.Conversation.Id, activity.ReplyToId, activity.From?.Id ?? string.Empty, reaction, CommentOf(action["feedback"]), time.GetUtcNow());
    }

    // Teams sends the comment as a JSON string ({"feedbackText":"…"}) inside the invoke's JSON.
    private static string? CommentOf(JToken? feedback)
    {
        var raw = feedback?.Type == JTokenType.String ? feedback.Value<string>() : feedback?.ToString();
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }
        try
        {
            return JToken.Parse(raw) is JObject parsed ? parsed.Value<string>("feedbackText") : raw;
        }
        catch (Newtonsoft.Json.JsonReaderException)
        {
            return raw;
        }
    }
}
