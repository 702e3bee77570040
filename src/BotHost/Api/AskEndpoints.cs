using System.Text.Json;
using Answering;
using Answering.Contract;
using Answering.Conversations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BotHost.Api;

public static class AskEndpoints
{
    /// <summary>Larger bodies are refused before they are read: a question is at most a few thousand characters.</summary>
    private const long MaxBodyBytes = 64 * 1024;

    private const int MaxConversationIdLength = 128;

    public static RouteHandlerBuilder MapAskApi(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/api/ask", AskAsync)
            .WithName("Ask")
            .WithSummary("Answers a question about the program documents, with citations and computed figures.")
            .Accepts<AskRequestBody>("application/json")
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxBodyBytes));

    internal static async Task<Results<Ok<Answer>, ProblemHttpResult>> AskAsync(
        HttpRequest request, IAnswerService answers, IConversationHistory conversations, CancellationToken cancellationToken)
    {
        AskRequestBody? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<AskRequestBody>(request.Body, AnswerJson.Options, cancellationToken);
        }
        catch (Exception e) when (e is JsonException or System.Text.DecoderFallbackException or NotSupportedException or InvalidOperationException)
        {
            return BadRequest(ApiProblems.RequestTitle, ApiProblems.InvalidJson);
        }
        if (body is null)
        {
            return BadRequest(ApiProblems.RequestTitle, ApiProblems.InvalidJson);
        }
        if (string.IsNullOrWhiteSpace(body.Question))
        {
            return BadRequest(ApiProblems.QuestionTitle, ApiProblems.EmptyQuestion);
        }
        if (body.ConversationId is { Length: > MaxConversationIdLength })
        {
            return BadRequest(ApiProblems.RequestTitle, ApiProblems.InvalidConversation);
        }
        var mode = body.Mode ?? AnswerModes.Chat;
        if (mode is not (AnswerModes.Chat or AnswerModes.FactCheck))
        {
            return BadRequest(ApiProblems.RequestTitle, ApiProblems.InvalidMode);
        }

        var continues = !string.IsNullOrWhiteSpace(body.ConversationId);
        var conversationId = continues ? body.ConversationId! : Guid.NewGuid().ToString("n");
        // A new conversation has nothing to recall; an explicit context replaces what is stored.
        var recall = body.Context is { } context ? new ConversationRecall(context)
            : continues ? await conversations.GetAsync(conversationId, cancellationToken)
            : ConversationRecall.Empty;
        var answer = await answers.AskAsync(new AnswerRequest
        {
            Question = body.Question,
            History = recall.Questions,
            Id = body.Id,
            ConversationId = conversationId,
            Mode = mode,
        }, cancellationToken);

        if (answer.Kind == AnswerKinds.Invalid)
        {
            return BadRequest(ApiProblems.QuestionTitle, answer.Text);
        }
        await conversations.AppendAsync(conversationId, body.Question, cancellationToken);
        return TypedResults.Ok(recall.Available ? answer : HistoryNotice.AppendTo(answer));
    }

    private static ProblemHttpResult BadRequest(string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: title);
}
