using State;
using WebChat;
using WebChat.Feedback;

namespace BotHost.Commands;

/// <summary>
/// <c>report [--data FOLDER]</c>: summarises the feedback log (ratings, comments, unanswered questions). The log is
/// where the host keeps it: with <c>State:Redis:Configuration</c> the stream every instance writes (plus this
/// machine's file, where entries wait out a Redis outage), else the file in <c>--data</c> or <c>WebChat:DataFolder</c>.
/// </summary>
public static class ReportCommand
{
    public static Task<int> RunAsync(string[] args) => RunAsync(args, Console.Out, Console.Error);

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory, Args = [] });
        try
        {
            builder.Configuration.AddCommandLine(args, new Dictionary<string, string>
            {
                ["--data"] = $"{WebChatOptions.Section}:{nameof(WebChatOptions.DataFolder)}",
                ["--redis"] = "State:Redis:Configuration",
            });
        }
        catch (FormatException)
        {
            await errors.WriteLineAsync("사용법: report [--data 폴더] [--redis 호스트:포트]");
            return 2;
        }
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddWebChat();
        builder.AddSharedState();

        using var host = builder.Build();
        var store = host.Services.GetRequiredService<IFeedbackStore>();
        var summary = FeedbackReport.Summarize(await store.ReadAllAsync());
        await output.WriteAsync(FeedbackReport.Format(summary, store.Location));
        return 0;
    }
}
