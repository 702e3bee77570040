using Answering;
using Answering.Tools;
using BotHost.LiveCorpus;
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
    /// <summary>
    /// Registers the live corpus (a snapshot of corpus/ and its engine, opened from the folder's persisted index, rebuilt
    /// beside the old one and swapped when the folder changes), the engine that always answers from the current snapshot, its answer service and the
    /// conversation history.
    /// </summary>
    public static IHostApplicationBuilder AddAnswerEngine(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CorpusOptions>().Bind(builder.Configuration.GetSection(CorpusOptions.Section));
        builder.Services.AddOptions<CorpusWatchOptions>().Bind(builder.Configuration.GetSection(CorpusWatchOptions.Section));
        builder.Services.AddOptions<CorpusIndexOptions>().Bind(builder.Configuration.GetSection(CorpusIndexOptions.Section));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<CorpusSnapshotProvider>();
        builder.Services.AddSingleton<ICorpusSnapshot>(sp => sp.GetRequiredService<CorpusSnapshotProvider>());
        builder.Services.AddHostedService<CorpusWatcher>();
        builder.Services.AddSingleton<LiveAnswerEngine>();
        builder.Services.AddSingleton<IAnswerEngine>(sp => sp.GetRequiredService<LiveAnswerEngine>());
        builder.Services.AddSingleton<IEngineTools>(sp => sp.GetRequiredService<LiveAnswerEngine>());
        // Resolved per request: each request sees the corpus of the snapshot current when it asks.
        builder.Services.AddTransient(sp => sp.GetRequiredService<ICorpusSnapshot>().Current.Corpus);
        builder.Services.AddSingleton<IAnswerService, EngineAnswerService>();
        builder.Services.AddHealthChecks().AddCheck<CorpusHealthCheck>("corpus");
        builder.Services.AddOptions<ConversationOptions>().Bind(builder.Configuration.GetSection(ConversationOptions.Section));
        builder.Services.AddSingleton<IConversationHistory>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ConversationOptions>>().Value;
            return new InMemoryConversationHistory(sp.GetRequiredService<TimeProvider>(), options.IdleLimit, options.MaxTurns);
        });
        return builder;
    }
}
