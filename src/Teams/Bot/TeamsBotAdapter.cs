using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Logging;

namespace Teams.Bot;

/// <summary>The Bot Framework adapter; the one place where a failed turn is logged and the user told politely.</summary>
public sealed class TeamsBotAdapter : CloudAdapter
{
    public const string ErrorMessage = "죄송해요. 답변을 준비하다가 문제가 생겼어요. 잠시 후에 다시 물어봐 주세요.";

    public TeamsBotAdapter(BotFrameworkAuthentication authentication, ILogger<TeamsBotAdapter> logger)
        : base(authentication, logger)
    {
        OnTurnError = async (turnContext, exception) =>
        {
            logger.LogError(exception, "A {ActivityType} turn in conversation {ConversationId} failed", turnContext.Activity.Type, turnContext.Activity.Conversation?.Id);
            try
            {
                await turnContext.SendActivityAsync(ErrorMessage);
            }
            catch (Exception sendFailure) when (sendFailure is not OperationCanceledException)
            {
                logger.LogError(sendFailure, "Could not tell conversation {ConversationId} that its turn failed", turnContext.Activity.Conversation?.Id);
            }
        };
    }
}
