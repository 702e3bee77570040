using Microsoft.AspNetCore.Diagnostics;

namespace BotHost.Api;

/// <summary>Every unhandled failure becomes a short polite message: logged in full, never shown as a stack trace.</summary>
internal sealed partial class PoliteExceptionHandler(IProblemDetailsService problems, ILogger<PoliteExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, detail) = exception is BadHttpRequestException bad
            ? (bad.StatusCode, bad.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? "요청이 너무 커요. 질문을 짧게 줄여서 다시 보내 주세요."
                : ApiProblems.InvalidJson)
            : (StatusCodes.Status500InternalServerError, ApiProblems.Unexpected);
        if (status >= 500)
        {
            LogUnhandled(logger, exception, context.Request.Path);
        }
        context.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = { Status = status, Title = ApiProblems.RequestTitle, Detail = detail },
        });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled failure on {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, PathString path);
}
