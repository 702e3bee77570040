using System.Text.Json;
using Answering.Contract;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace WebChat.Feedback;

public static class FeedbackEndpoints
{
    private const long MaxBodyBytes = 32 * 1024;

    public static RouteHandlerBuilder MapFeedback(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/api/feedback", PostFeedbackAsync)
            .RequireCors(WebChatPolicies.Cors)
            .RequireRateLimiting(WebChatPolicies.AskRateLimit);

    private static async Task<Results<NoContent, ProblemHttpResult>> PostFeedbackAsync(
        HttpContext context, IFeedbackStore log, ILogger<FeedbackLog> logger, CancellationToken cancellationToken)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = MaxBodyBytes;
        }

        FeedbackRequest? feedback;
        try
        {
            feedback = await context.Request.ReadFromJsonAsync<FeedbackRequest>(AnswerJson.Options, cancellationToken);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or BadHttpRequestException)
        {
            return BadRequest("피드백을 읽지 못했어요. JSON 형식으로 보내 주세요.");
        }

        if (feedback is null)
        {
            return BadRequest("피드백 내용이 비어 있어요.");
        }
        if (feedback.Problem() is { } problem)
        {
            return BadRequest(problem);
        }

        try
        {
            await log.RecordRatingAsync(feedback, cancellationToken);
        }
        catch (IOException exception)
        {
            logger.LogError(exception, "Could not append feedback to {FeedbackStore}", log.Location);
            return TypedResults.Problem("지금은 의견을 저장하지 못했어요. 잠시 뒤에 다시 보내 주세요.",
                statusCode: StatusCodes.Status503ServiceUnavailable, title: "Service Unavailable");
        }
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Bad Request");
}
