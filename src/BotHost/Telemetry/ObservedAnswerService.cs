using System.Diagnostics;
using Answering;
using Answering.Contract;

namespace BotHost.Telemetry;

/// <summary>
/// Around whichever answer service the host runs (engine, or LLM mode): a trace span, the answer metrics and one
/// structured log line per answer. The question's text is logged at Debug only: it can name a company's affairs.
/// </summary>
public sealed partial class ObservedAnswerService(IAnswerService inner, AnswerTelemetry telemetry, TimeProvider time, ILogger<ObservedAnswerService> logger) : IAnswerService
{
    public async Task<Answer> AskAsync(AnswerRequest request, CancellationToken cancellationToken = default)
    {
        using var span = AnswerTelemetry.Source.StartActivity("answer");
        span?.SetTag("bothost.conversation.history_turns", request.History.Count);
        span?.SetTag("bothost.answer.mode", request.Mode);
        var started = time.GetTimestamp();
        var answer = await inner.AskAsync(request, cancellationToken);
        var elapsed = time.GetElapsedTime(started);

        telemetry.Answered(answer, elapsed);
        span?.SetTag("bothost.answer.kind", answer.Kind);
        span?.SetTag("bothost.answer.produced_by", answer.ProducedBy);
        span?.SetTag("bothost.answer.answerable", answer.Answerable);
        LogAnswered(answer.Id, answer.Kind, answer.Answerable, answer.ProducedBy, elapsed.TotalMilliseconds);
        LogQuestion(answer.Id, request.Question);
        return answer;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Answer {AnswerId}: {AnswerKind}, answerable {Answerable}, by {ProducedBy} in {ElapsedMs:0.0} ms")]
    private partial void LogAnswered(string? answerId, string answerKind, bool answerable, string producedBy, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Answer {AnswerId} was to the question {Question}")]
    private partial void LogQuestion(string? answerId, string question);
}
