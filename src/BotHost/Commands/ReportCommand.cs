using WebChat;
using WebChat.Feedback;

namespace BotHost.Commands;

/// <summary>
/// <c>report [--data FOLDER]</c>: summarises the widget's feedback log (ratings, comments, unanswered questions).
/// The folder comes from <c>--data</c>, else <c>WebChat:DataFolder</c> in appsettings.json or the environment.
/// </summary>
public static class ReportCommand
{
    public static Task<int> RunAsync(string[] args)
    {
        IConfiguration configuration;
        try
        {
            configuration = new ConfigurationBuilder()
                .SetBasePath(AppContext.BaseDirectory)
                .AddJsonFile("appsettings.json", optional: true)
                .AddEnvironmentVariables()
                .AddCommandLine(args, new Dictionary<string, string> { ["--data"] = $"{WebChatOptions.Section}:{nameof(WebChatOptions.DataFolder)}" })
                .Build();
        }
        catch (FormatException)
        {
            Console.Error.WriteLine("사용법: report [--data 폴더]");
            return Task.FromResult(2);
        }

        var options = configuration.GetSection(WebChatOptions.Section).Get<WebChatOptions>() ?? new WebChatOptions();
        var summary = FeedbackReport.Summarize(FeedbackLog.Read(options.FeedbackFile));
        Console.Out.Write(FeedbackReport.Format(summary, options.FeedbackFile));
        return Task.FromResult(0);
    }
}
