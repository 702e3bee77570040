using Answering;
using Answering.Contract;
using KernelPlugins.Llm;
using KernelPlugins.Plugins;
using Microsoft.SemanticKernel;

namespace KernelPlugins;

/// <summary>
/// The answer service every channel calls, run through the Kernel so its filters see every call: the engine's
/// answer via the <c>answers</c> plugin, then, in LLM mode, the model's text when the grounding guard passes it.
/// </summary>
public sealed class KernelAnswerService(Kernel kernel, LlmAnswerWriter llm, TimeProvider time) : IAnswerService
{
    private readonly KernelFunction _answerQuestion = kernel.Plugins.GetFunction(AnswerPlugin.PluginName, AnswerPlugin.FunctionName);

    public async Task<Answer> AskAsync(AnswerRequest request, CancellationToken cancellationToken = default)
    {
        var started = time.GetTimestamp();
        var arguments = new KernelArguments
        {
            ["question"] = request.Question,
            ["earlierQuestions"] = request.History,
            ["mode"] = request.Mode,
        };
        var result = await kernel.InvokeAsync(_answerQuestion, arguments, cancellationToken);
        var answer = result.GetValue<Answer>()!;
        // Input the engine cannot read (empty, binary, huge …) is never sent to a model.
        if (llm.Enabled && answer.Kind != AnswerKinds.Invalid)
        {
            answer = await llm.WriteAsync(request, answer, cancellationToken);
        }
        return answer with
        {
            Id = request.Id ?? answer.Id,
            ConversationId = request.ConversationId,
            ElapsedMs = Math.Round(time.GetElapsedTime(started).TotalMilliseconds, 3),
        };
    }
}
