using System.Text.Encodings.Web;
using BotHost.Api;
using BotHost.Hosting;
using BotHost.LiveCorpus;
using BotHost.Telemetry;
using KernelPlugins;
using State;
using Teams;
using WebChat;
using WebChat.Feedback;

namespace BotHost;

public static class HostExtensions
{
    public static WebApplicationBuilder AddBotHostServices(this WebApplicationBuilder builder)
    {
        builder.ListenOnDefaultAddressUnlessConfigured();
        builder.AddTrustedProxies();
        builder.AddAnswerEngine();
        builder.AddKernelAnswering();
        builder.AddTeamsBot();
        builder.AddWebChat();
        builder.AddSharedState();
        builder.AddTelemetry();

        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<PoliteExceptionHandler>();
        builder.Services.AddOpenApi();
        builder.Services.AddHealthChecks();
        return builder;
    }

    public static WebApplication MapBotHostEndpoints(this WebApplication app)
    {
        app.UseTrustedProxies();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseCors();
        app.UseRateLimiter();

        app.MapOpenApi();
        app.MapHealthChecks("/health", HealthResponse.Options);
        app.MapTelemetry();
        app.MapAskApi()
            .RequireCors(WebChatPolicies.Cors)
            .RequireRateLimiting(WebChatPolicies.AskRateLimit)
            .RecordUnansweredQuestions();
        app.MapSourcesApi().RequireCors(WebChatPolicies.Cors);
        app.MapTeamsBot();
        app.MapWebChat();
        return app;
    }
}
