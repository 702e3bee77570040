using Answering.Contract;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;

namespace KernelPlugins.Filters;

/// <summary>Logs every kernel function call (the default path's and the model's) with its time and how many citations it returned.</summary>
public sealed partial class InvocationLoggingFilter(ILogger<InvocationLoggingFilter> logger, TimeProvider time) : IFunctionInvocationFilter
{
    public async Task OnFunctionInvocationAsync(FunctionInvocationContext context, Func<FunctionInvocationContext, Task> next)
    {
        var started = time.GetTimestamp();
        try
        {
            await next(context);
        }
        catch (Exception exception)
        {
            LogFailed(context.Function.PluginName, context.Function.Name, time.GetElapsedTime(started).TotalMilliseconds, exception);
            throw;
        }
        if (logger.IsEnabled(LogLevel.Debug))
        {
            var citations = context.Result.GetValue<object>() is Answer answer ? answer.Citations.Count : 0;
            LogInvoked(context.Function.PluginName, context.Function.Name, time.GetElapsedTime(started).TotalMilliseconds, citations);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Kernel function {Plugin}.{Function} took {ElapsedMs:F3} ms and returned {CitationCount} citations")]
    private partial void LogInvoked(string? plugin, string function, double elapsedMs, int citationCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Kernel function {Plugin}.{Function} failed after {ElapsedMs:F3} ms")]
    private partial void LogFailed(string? plugin, string function, double elapsedMs, Exception exception);
}
