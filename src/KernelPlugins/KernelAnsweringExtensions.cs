using Answering;
using Answering.Tools;
using KernelPlugins.Filters;
using KernelPlugins.Llm;
using KernelPlugins.Plugins;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace KernelPlugins;

public static class KernelAnsweringExtensions
{
    /// <summary>
    /// Runs every answer through a Semantic Kernel with the engine's plugins (replacing the registered
    /// <see cref="IAnswerService"/>), and lets a language model write the answers when section <c>Llm</c> names one.
    /// Call after the engine is registered.
    /// </summary>
    public static IHostApplicationBuilder AddKernelAnswering(this IHostApplicationBuilder builder)
    {
        builder.Services.AddKernelAnswering(builder.Configuration.GetSection(LlmOptions.Section));
        return builder;
    }

    public static IServiceCollection AddKernelAnswering(this IServiceCollection services, IConfiguration llmSection)
    {
        services.AddOptions<LlmOptions>().Bind(llmSection).ValidateOnStart();
        services.AddSingleton<IValidateOptions<LlmOptions>, LlmOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.AddSingleton<LlmMetrics>();

        // The first filter is the outermost: evidence capture rewrites results for the model after logging has seen them.
        services.AddSingleton<IFunctionInvocationFilter, EvidenceCaptureFilter>();
        services.AddSingleton<IFunctionInvocationFilter, InvocationLoggingFilter>();
        services.AddSingleton<IChatCompletionService>(sp =>
            ChatModelFactory.Create(sp.GetRequiredService<IOptions<LlmOptions>>().Value, sp.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton(sp =>
        {
            var engine = sp.GetRequiredService<IAnswerEngine>();
            var tools = sp.GetService<IEngineTools>() ?? engine as IEngineTools;
            return new Kernel(sp, new KernelPluginCollection(EnginePlugins.Create(engine, tools)));
        });
        services.AddSingleton<LlmAnswerWriter>();
        services.Replace(ServiceDescriptor.Singleton<IAnswerService, KernelAnswerService>());
        return services;
    }
}
