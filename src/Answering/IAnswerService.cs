using Answering.Contract;

namespace Answering;

/// <summary>
/// What every channel (HTTP, Teams, widget, CLI) calls. The default implementation runs the
/// deterministic engine; the Semantic Kernel layer may replace it (LLM mode behind a grounding guard).
/// </summary>
public interface IAnswerService
{
    Task<Answer> AskAsync(AnswerRequest request, CancellationToken cancellationToken = default);
}

/// <summary>The deterministic path: the engine's answer, timed.</summary>
public sealed class EngineAnswerService(IAnswerEngine engine, TimeProvider time) : IAnswerService
{
    public Task<Answer> AskAsync(AnswerRequest request, CancellationToken cancellationToken = default)
    {
        var started = time.GetTimestamp();
        var answer = engine.Ask(request);
        return Task.FromResult(answer with
        {
            Id = request.Id ?? answer.Id,
            ConversationId = request.ConversationId,
            ElapsedMs = Math.Round(time.GetElapsedTime(started).TotalMilliseconds, 3),
        });
    }
}
