using Answering.Contract;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace WebChat.Feedback;

public static class UnansweredQuestions
{
    /// <summary>
    /// Records every answer with <c>answerable: false</c> that the endpoint returns (bad input aside) in the
    /// <see cref="IQuestionLog"/>. A failure to record is logged and never costs the user the answer.
    /// </summary>
    public static TBuilder RecordUnansweredQuestions<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var result = await next(context);
            if (FindAnswer(result) is { Answerable: false, Kind: not InvalidKind } answer)
            {
                var services = context.HttpContext.RequestServices;
                try
                {
                    await services.GetRequiredService<IQuestionLog>().RecordUnansweredAsync(answer, context.HttpContext.RequestAborted);
                }
                catch (IOException exception)
                {
                    services.GetRequiredService<ILogger<IQuestionLog>>()
                        .LogError(exception, "Could not record the unanswered question of conversation {ConversationId}", answer.ConversationId);
                }
            }
            return result;
        });

    // Empty or garbage input is not a question people want answered.
    private const string InvalidKind = "invalid";

    private static Answer? FindAnswer(object? result) => result switch
    {
        Answer answer => answer,
        IValueHttpResult { Value: Answer answer } => answer,
        INestedHttpResult nested => FindAnswer(nested.Result),
        _ => null,
    };
}
