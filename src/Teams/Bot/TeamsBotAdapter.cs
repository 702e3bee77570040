using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Logging;

namespace Teams.Bot;

/// <summary>
/// The Bot Framework adapter; the one place where a failed turn is logged and the user told politely, and where
/// an activity the bot could not reply to is refused with a 400 before its turn starts.
/// </summary>
public sealed partial class TeamsBotAdapter : CloudAdapter
{
    public const string ErrorMessage = "죄송해요. 답변을 준비하다가 문제가 생겼어요. 잠시 후에 다시 물어봐 주세요.";

    private readonly ILogger<TeamsBotAdapter> _logger;

    public const string SdkLogCategory = "Microsoft.Bot.Builder.CloudAdapter";

    // The SDK logs every activity it processes and sends at Information under the logger it is given: its own category
    // lets the host's settings keep that at Warning while the bot's own lines stay visible.
    public TeamsBotAdapter(BotFrameworkAuthentication authentication, ILogger<TeamsBotAdapter> logger, ILoggerFactory loggerFactory)
        : base(authentication, loggerFactory.CreateLogger(SdkLogCategory))
    {
        _logger = logger;
        OnTurnError = async (turnContext, exception) =>
        {
            if (exception is HttpRequestException or Microsoft.Bot.Schema.ErrorResponseException or TaskCanceledException)
            {
                // The channel's service URL did not take the reply: an outage or a bad address, not a defect of the bot.
                logger.LogWarning("A {ActivityType} turn in conversation {ConversationId} could not reach {ServiceUrl}: {Failure}: {FailureMessage}",
                    turnContext.Activity.Type, turnContext.Activity.Conversation?.Id, turnContext.Activity.ServiceUrl, exception.GetType().Name, exception.Message);
                return;
            }
            logger.LogError(exception, "A {ActivityType} turn in conversation {ConversationId} failed", turnContext.Activity.Type, turnContext.Activity.Conversation?.Id);
            try
            {
                await turnContext.SendActivityAsync(ErrorMessage);
            }
            catch (Exception sendFailure) when (sendFailure is not OperationCanceledException)
            {
                // The reply path itself is what failed (the channel is unreachable): one line, no second stack trace.
                logger.LogWarning("Could not tell conversation {ConversationId} that its turn failed: {Failure}: {FailureMessage}",
                    turnContext.Activity.Conversation?.Id, sendFailure.GetType().Name, sendFailure.Message);
            }
        };
    }

    /// <summary>
    /// What <c>POST /api/messages</c> does: the SDK's <see cref="CloudAdapter.ProcessAsync(HttpRequest, HttpResponse, IBot, CancellationToken)"/>
    /// with the activity checked first (see <see cref="IncomingActivity"/>).
    /// </summary>
    public async Task ProcessCheckedAsync(HttpRequest request, HttpResponse response, IBot bot, CancellationToken cancellationToken)
    {
        var (activity, problem, reason) = await IncomingActivity.ReadAsync(request, cancellationToken).ConfigureAwait(false);
        if (activity is null)
        {
            LogRefused(reason);
            await Results.Problem(problem, statusCode: StatusCodes.Status400BadRequest, title: "Bad Request").ExecuteAsync(request.HttpContext).ConfigureAwait(false);
            return;
        }
        try
        {
            var invokeResponse = await ProcessActivityAsync(request.Headers.Authorization.ToString(), activity, bot.OnTurnAsync, cancellationToken).ConfigureAwait(false);
            await HttpHelper.WriteResponseAsync(response, invokeResponse).ConfigureAwait(false);
        }
        catch (UnauthorizedAccessException)
        {
            response.StatusCode = (int)HttpStatusCode.Unauthorized;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Refused an activity the bot cannot reply to: {Reason}")]
    private partial void LogRefused(string? reason);
}
