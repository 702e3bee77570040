using Answering.Contract;
using KernelPlugins.Grounding;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace KernelPlugins.Llm;

/// <summary>
/// Lets the configured model write the answer with the engine's plugins, within the time budget, and keeps
/// its text only when the grounding guard passes it. Anything else (timeout, 429, 5xx, malformed replies,
/// no tool call, an ungrounded number or citation) sends the engine's answer and logs why.
/// </summary>
public sealed partial class LlmAnswerWriter(Kernel kernel, IOptions<LlmOptions> options, LlmMetrics metrics, TimeProvider time, ILogger<LlmAnswerWriter> logger)
{
    private static readonly OpenAIPromptExecutionSettings Settings = new()
    {
        FunctionChoiceBehavior = FunctionChoiceBehavior.Auto(),
        Temperature = 0,
        MaxTokens = 1000,
    };

    private readonly LlmOptions _options = options.Value;

    public bool Enabled => _options.Enabled;

    public async Task<Answer> WriteAsync(AnswerRequest request, Answer engineAnswer, CancellationToken cancellationToken)
    {
        var evidence = new TurnEvidence();
        var turnKernel = kernel.Clone();
        turnKernel.Data[TurnEvidence.KernelDataKey] = evidence;

        using var budget = new CancellationTokenSource(_options.TimeBudget, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
        string? text;
        try
        {
            var model = turnKernel.GetRequiredService<IChatCompletionService>();
            var reply = await model.GetChatMessageContentAsync(AnswerPrompt.For(request), Settings, turnKernel, linked.Token);
            text = reply.Content;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogTimedOut(request.Id, _options.TimeBudgetSeconds);
            return FellBack(engineAnswer, "timeout");
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            LogModelFailed(request.Id, exception.GetType().Name, exception.Message);
            return FellBack(engineAnswer, "model_error");
        }

        if (evidence.ToolCalls == 0)
        {
            LogNoToolCall(request.Id);
            return FellBack(engineAnswer, "no_tool_call");
        }
        var started = time.GetTimestamp();
        var verdict = GroundingGuard.Check(text ?? "", evidence, request);
        metrics.GuardChecked(time.GetElapsedTime(started));
        if (!verdict.Passed)
        {
            LogRejected(request.Id, verdict.Reason, text);
            return FellBack(engineAnswer, "rejected_by_guard");
        }
        metrics.Answered(Producers.Llm, "grounded");
        return engineAnswer with
        {
            Text = text!.Trim(),
            Figures = evidence.Figures,
            Citations = evidence.Citations,
            ProducedBy = Producers.Llm,
        };
    }

    private Answer FellBack(Answer engineAnswer, string outcome)
    {
        metrics.Answered(Producers.Engine, outcome);
        return engineAnswer;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "LLM answer {AnswerId} timed out after {BudgetSeconds} s; sending the engine's answer")]
    private partial void LogTimedOut(string? answerId, double budgetSeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "LLM answer {AnswerId} failed ({Failure}: {FailureMessage}); sending the engine's answer")]
    private partial void LogModelFailed(string? answerId, string failure, string failureMessage);

    [LoggerMessage(Level = LogLevel.Warning, Message = "LLM answer {AnswerId} called no tool; sending the engine's answer")]
    private partial void LogNoToolCall(string? answerId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Grounding guard rejected LLM answer {AnswerId}: {Reason}; sending the engine's answer. Rejected text: {RejectedText}")]
    private partial void LogRejected(string? answerId, string? reason, string? rejectedText);
}
