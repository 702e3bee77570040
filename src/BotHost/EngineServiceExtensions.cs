using Answering;
using Answering.Conversations;
using Microsoft.Extensions.Options;

namespace BotHost;

public sealed class CorpusOptions
{
    public const string Section = "Corpus";

    /// <summary>The folder of corpus documents; relative paths are resolved against the program's folder.</summary>
    public string Path { get; set; } = "corpus";

    public string ResolveFolder() => System.IO.Path.IsPathRooted(Path) ? Path : System.IO.Path.Combine(AppContext.BaseDirectory, Path);
}

public static class EngineServiceExtensions
{
    /// <summary>Builds the engine from corpus/ at start-up and registers it, its answer service and the in-process conversation history (shared state may replace it).</summary>
    public static IHostApplicationBuilder AddAnswerEngine(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CorpusOptions>().Bind(builder.Configuration.GetSection(CorpusOptions.Section));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<CorpusOptions>>().Value;
            return AnswerEngine.FromFolder(options.ResolveFolder());
        });
        builder.Services.AddSingleton<IAnswerEngine>(sp => sp.GetRequiredService<AnswerEngine>());
        builder.Services.AddSingleton(sp => sp.GetRequiredService<AnswerEngine>().Corpus);
        builder.Services.AddSingleton<IAnswerService, EngineAnswerService>();
        builder.Services.AddOptions<ConversationOptions>().Bind(builder.Configuration.GetSection(ConversationOptions.Section));
        builder.Services.AddSingleton<IConversationHistory>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ConversationOptions>>().Value;
            return new InMemoryConversationHistory(sp.GetRequiredService<TimeProvider>(), options.IdleLimit, options.MaxTurns);
        });
        return builder;
    }
}
