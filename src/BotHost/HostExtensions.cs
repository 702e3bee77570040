using KernelPlugins;
using Teams;
using WebChat;

namespace BotHost;

public static class HostExtensions
{
    public static WebApplicationBuilder AddBotHostServices(this WebApplicationBuilder builder)
    {
        builder.AddAnswerEngine();
        builder.AddKernelAnswering();
        builder.AddTeamsBot();
        builder.AddWebChat();
        builder.Services.AddHealthChecks();
        return builder;
    }

    public static WebApplication MapBotHostEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health");
        app.MapTeamsBot();
        app.MapWebChat();
        return app;
    }
}
