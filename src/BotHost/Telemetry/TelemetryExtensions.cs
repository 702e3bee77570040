using Answering;
using KernelPlugins.Llm;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using State.Redis;

namespace BotHost.Telemetry;

public static class TelemetryExtensions
{
    public const string MetricsPath = "/metrics";

    /// <summary>
    /// OpenTelemetry metrics and traces: the host's answers, LLM mode, Redis, HTTP and rate limiting; scraped by
    /// Prometheus at <see cref="MetricsPath"/>, and sent over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set.
    /// Call after the answer service is registered: it is wrapped to be observed.
    /// </summary>
    public static WebApplicationBuilder AddTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<AnswerTelemetry>();
        builder.Services.DecorateAnswerService();

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(builder.Environment.ApplicationName))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddMeter(AnswerTelemetry.MeterName, LlmMetrics.MeterName, StateMetrics.MeterName, "Polly", "Microsoft.SemanticKernel*")
                .AddPrometheusExporter())
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(options => options.Filter = context => context.Request.Path != MetricsPath)
                .AddHttpClientInstrumentation()
                .AddSource(AnswerTelemetry.ActivitySourceName, "Microsoft.SemanticKernel*"));
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.UseOtlpExporter();
        }
        return builder;
    }

    public static WebApplication MapTelemetry(this WebApplication app)
    {
        app.MapPrometheusScrapingEndpoint(MetricsPath);
        return app;
    }

    // The registered service (engine, or the Kernel's LLM mode) keeps its registration and gains the observer around it.
    private static void DecorateAnswerService(this IServiceCollection services)
    {
        var registered = services.LastOrDefault(descriptor => descriptor.ServiceType == typeof(IAnswerService))
            ?? throw new InvalidOperationException("Register the answer service before adding telemetry.");
        services.Replace(ServiceDescriptor.Singleton<IAnswerService>(provider => new ObservedAnswerService(
            Create(provider, registered),
            provider.GetRequiredService<AnswerTelemetry>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<ObservedAnswerService>>())));
    }

    private static IAnswerService Create(IServiceProvider provider, ServiceDescriptor registered) => registered switch
    {
        { ImplementationInstance: IAnswerService instance } => instance,
        { ImplementationFactory: { } factory } => (IAnswerService)factory(provider),
        { ImplementationType: { } type } => (IAnswerService)ActivatorUtilities.CreateInstance(provider, type),
        _ => throw new InvalidOperationException("The answer service's registration cannot be decorated."),
    };
}
