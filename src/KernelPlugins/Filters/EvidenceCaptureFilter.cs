using System.Text.Json;
using Answering.Contract;
using KernelPlugins.Grounding;
using Microsoft.SemanticKernel;

namespace KernelPlugins.Filters;

/// <summary>
/// During a model turn, records every plugin result as the turn's evidence (what the guard lets the model state)
/// and hands the model the result with its citations numbered across the turn, in the contract's JSON.
/// </summary>
public sealed class EvidenceCaptureFilter : IFunctionInvocationFilter
{
    public async Task OnFunctionInvocationAsync(FunctionInvocationContext context, Func<FunctionInvocationContext, Task> next)
    {
        await next(context);
        if (context.Kernel.Data.TryGetValue(TurnEvidence.KernelDataKey, out var data) && data is TurnEvidence evidence
            && context.Result.GetValue<object>() is Answer result)
        {
            var forModel = evidence.Add(result);
            context.Result = new FunctionResult(context.Result, JsonSerializer.Serialize(forModel, AnswerJson.Options));
        }
    }
}
