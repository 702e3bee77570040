using Answering;
using Answering.Contract;
using KernelPlugins;
using Microsoft.Extensions.Options;

namespace BotHost.Commands;

/// <summary>
/// Commands answer through the same services as the HTTP host (engine, optional LLM mode), configured the
/// same way; <c>--corpus DIR</c> points them at another corpus folder.
/// </summary>
internal static class CommandServices
{
    /// <param name="settings">Settings that override the configuration files, e.g. <c>Llm:Endpoint</c> for a benchmark.</param>
    public static IServiceProvider Build(ref string[] args, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var corpus = TakeOption(ref args, "--corpus");
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }
        if (corpus is not null)
        {
            if (!Directory.Exists(corpus))
            {
                Console.Error.WriteLine($"문서 폴더를 찾을 수 없어요: {corpus}");
                Environment.Exit(2);
            }
            builder.Configuration[$"{CorpusOptions.Section}:Path"] = Path.GetFullPath(corpus);
        }
        // stdout is the command's output (ask --jsonl is read as JSON Lines): every log goes to stderr, and only
        // warnings (a skipped corpus file) and errors, whatever appsettings.json's Logging:LogLevel:Default says for
        // the server. A category named in configuration still gets its own level.
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.AddFilter(category: null, LogLevel.Warning);
        builder.AddAnswerEngine();
        builder.AddKernelAnswering();
        var services = builder.Build().Services;
        try
        {
            // Options marked ValidateOnStart (a half-configured Llm section) are checked here, as the HTTP host checks them at start.
            services.GetService<IStartupValidator>()?.Validate();
        }
        catch (OptionsValidationException invalid)
        {
            Console.Error.WriteLine($"설정을 확인해 주세요: {string.Join(" ", invalid.Failures)}");
            Environment.Exit(2);
        }
        return services;
    }

    public static Task<Answer> AskAsync(this IServiceProvider services, string question, IReadOnlyList<string> history, string? id = null) =>
        services.GetRequiredService<IAnswerService>().AskAsync(new AnswerRequest { Question = question, History = history, Id = id });

    /// <summary>Removes <paramref name="name"/> and its value from the arguments and returns the value.</summary>
    public static string? TakeOption(ref string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        if (index < 0 || index + 1 >= args.Length)
        {
            return null;
        }
        var value = args[index + 1];
        args = [.. args[..index], .. args[(index + 2)..]];
        return value;
    }

    /// <summary>Removes the flag <paramref name="name"/> from the arguments and says whether it was there.</summary>
    public static bool TakeFlag(ref string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        if (index < 0)
        {
            return false;
        }
        args = [.. args[..index], .. args[(index + 1)..]];
        return true;
    }
}
