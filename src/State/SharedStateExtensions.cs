using Answering.Conversations;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Telemetry;
using StackExchange.Redis;
using State.BotState;
using State.Conversations;
using State.Feedback;
using State.RateLimiting;
using State.Redis;
using Teams.Feedback;
using Teams.State;
using WebChat.Feedback;
using WebChat.Policies;

namespace State;

public static class SharedStateExtensions
{
    public const string HealthCheckName = "redis";

    /// <summary>
    /// With <c>State:Redis:Configuration</c> set, moves the state every instance must share into Redis: <c>/api/ask</c>
    /// conversations, Teams' bot state and welcome claims, feedback and unanswered questions, and the rate limit's
    /// windows; adds a <c>redis</c> health check. Without it, registers nothing and the host keeps its embedded
    /// defaults. Call after the channels are added.
    /// </summary>
    public static IHostApplicationBuilder AddSharedState(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSharedState(builder.Configuration);
        return builder;
    }

    public static IServiceCollection AddSharedState(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(RedisStateOptions.Section);
        services.AddOptions<RedisStateOptions>().Bind(section)
            .Validate(options => !options.Enabled || CanParse(options.Configuration!), $"{RedisStateOptions.Section}:Configuration is not a valid StackExchange.Redis configuration string.")
            .Validate(options => options.OperationTimeout > TimeSpan.Zero && options.BreakDuration >= TimeSpan.FromMilliseconds(500),
                $"{RedisStateOptions.Section} needs a positive OperationTimeout and a BreakDuration of at least 0.5 s.")
            .ValidateOnStart();
        services.AddOptions<ConversationOptions>().Bind(configuration.GetSection(ConversationOptions.Section));
        if (!(section.Get<RedisStateOptions>()?.Enabled ?? false))
        {
            return services;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.AddSingleton<StateMetrics>();
        services.AddSingleton<RedisOutage>();
        services.AddSingleton<RedisGateway>();
        services.AddHostedService<RedisConnectionWarmup>();
        services.AddResiliencePipeline(RedisGateway.PipelineName, (pipeline, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<IOptions<RedisStateOptions>>().Value;
            var outage = new PredicateBuilder().Handle<Exception>(RedisGateway.IsOutage);
            pipeline
                .AddCircuitBreaker(new CircuitBreakerStrategyOptions
                {
                    FailureRatio = 0.5,
                    MinimumThroughput = 4,
                    SamplingDuration = TimeSpan.FromSeconds(5),
                    BreakDuration = options.BreakDuration,
                    ShouldHandle = outage,
                })
                .AddTimeout(options.OperationTimeout);
        });
        services.AddResilienceEnricher();
        // The outage is logged once by RedisOutage; Polly's own events (a stack trace per opened circuit) stay at Debug.
        services.ConfigureAll<TelemetryOptions>(options => options.SeverityProvider = _ => ResilienceEventSeverity.Debug);

        services.Replace(ServiceDescriptor.Singleton<IConversationHistory, RedisConversationHistory>());
        services.Replace(ServiceDescriptor.Singleton<IStorage, RedisBotStorage>());
        services.TryAddSingleton<WelcomedConversations>();
        services.Replace(ServiceDescriptor.Singleton<IWelcomeClaims, RedisWelcomeClaims>());
        services.Replace(ServiceDescriptor.Singleton<IFeedbackStore, RedisFeedbackLog>());
        if (services.LastOrDefault(descriptor => descriptor.ServiceType == typeof(IFeedbackRecorder)) is { } teamsFeedback)
        {
            // The configured recorder (file or memory) stays, for what arrives while Redis is away.
            services.Replace(ServiceDescriptor.Singleton<IFeedbackRecorder>(provider =>
                new RedisTeamsFeedbackRecorder(provider.GetRequiredService<RedisGateway>(), (IFeedbackRecorder)Create(provider, teamsFeedback))));
        }
        services.Replace(ServiceDescriptor.Singleton<ISharedRateLimitWindows, RedisRateLimitWindows>());
        services.AddHealthChecks().AddCheck<RedisHealthCheck>(HealthCheckName);
        return services;
    }

    private static object Create(IServiceProvider provider, ServiceDescriptor registered) => registered switch
    {
        { ImplementationInstance: { } instance } => instance,
        { ImplementationFactory: { } factory } => factory(provider),
        { ImplementationType: { } type } => ActivatorUtilities.CreateInstance(provider, type),
        _ => throw new InvalidOperationException($"{registered.ServiceType} cannot be wrapped."),
    };

    private static bool CanParse(string configuration)
    {
        try
        {
            ConfigurationOptions.Parse(configuration);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
