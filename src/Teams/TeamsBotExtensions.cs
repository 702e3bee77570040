using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Teams.Bot;
using Teams.Feedback;
using Teams.State;

namespace Teams;

public static class TeamsBotExtensions
{
    public const string MessagesPath = "/api/messages";

    /// <summary>The Teams bot on the Bot Framework SDK; it answers through the host's <c>IAnswerService</c>.</summary>
    public static IHostApplicationBuilder AddTeamsBot(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TeamsBotOptions>()
            .Bind(builder.Configuration.GetSection(TeamsBotOptions.Section))
            .Validate(options => options.ConversationStore is ConversationStores.Memory or ConversationStores.File,
                $"{TeamsBotOptions.Section}:ConversationStore must be \"{ConversationStores.Memory}\" or \"{ConversationStores.File}\".")
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddHttpClient();

        // Anonymous only when MicrosoftAppId is empty; the SDK reads the credentials from the configuration root.
        builder.Services.AddSingleton<BotFrameworkAuthentication>(services => new SharedConnectorClients(new TokenRejectingAuthentication(
            new ConfigurationBotFrameworkAuthentication(
                services.GetRequiredService<IConfiguration>(),
                httpClientFactory: services.GetRequiredService<IHttpClientFactory>(),
                logger: services.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>()),
            services.GetRequiredService<ILogger<TokenRejectingAuthentication>>())));
        builder.Services.AddSingleton<TeamsBotAdapter>();
        builder.Services.AddSingleton<IBotFrameworkHttpAdapter>(services => services.GetRequiredService<TeamsBotAdapter>());
        builder.Services.AddSingleton<IStorage>(services => CreateStorage(services.GetRequiredService<IOptions<TeamsBotOptions>>().Value));
        builder.Services.AddSingleton<ConversationState>();
        builder.Services.TryAddSingleton<IWelcomeClaims, WelcomedConversations>();
        builder.Services.AddSingleton<IFeedbackRecorder>(services =>
            services.GetRequiredService<IOptions<TeamsBotOptions>>().Value.FeedbackFile is { Length: > 0 } file
                ? new JsonLinesFeedbackRecorder(FromProgramFolder(file))
                : new InMemoryFeedbackRecorder());
        builder.Services.AddTransient<IBot, AnswerBot>();
        return builder;
    }

    /// <summary><c>POST /api/messages</c>, where Teams (or the Agents Playground) sends its activities.</summary>
    public static IEndpointRouteBuilder MapTeamsBot(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(MessagesPath, (HttpContext context, TeamsBotAdapter adapter, IBot bot) =>
                adapter.ProcessCheckedAsync(context.Request, context.Response, bot, context.RequestAborted))
            .WithName("TeamsMessages")
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(IncomingActivity.MaxBodyBytes))
            .ExcludeFromDescription();
        return endpoints;
    }

    private static IStorage CreateStorage(TeamsBotOptions options) => options.ConversationStore == ConversationStores.File
        ? new FileStorage(FromProgramFolder(options.ConversationFolder))
        : new MemoryStorage();

    private static string FromProgramFolder(string path) => Path.IsPathRooted(path) ? path : Path.Combine(AppContext.BaseDirectory, path);
}
