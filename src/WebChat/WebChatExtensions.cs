using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using WebChat.Assets;
using WebChat.Feedback;
using WebChat.Policies;

namespace WebChat;

public static class WebChatExtensions
{
    /// <summary>The widget's CORS and rate limit policies (see <see cref="WebChatPolicies"/>) and the feedback log.</summary>
    public static IHostApplicationBuilder AddWebChat(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<WidgetOptions>()
            .Bind(builder.Configuration.GetSection(WidgetOptions.Section))
            .Validate(options => options.RateLimit is { PermitLimit: > 0 } && options.RateLimit.Window > TimeSpan.Zero,
                "Widget:RateLimit needs a PermitLimit above 0 and a positive Window.")
            .ValidateOnStart();
        builder.Services.AddOptions<WebChatOptions>().Bind(builder.Configuration.GetSection(WebChatOptions.Section));

        builder.Services.AddCors();
        builder.Services.AddSingleton<IConfigureOptions<CorsOptions>, WidgetCorsSetup>();
        builder.Services.AddRateLimiter(options => options.AddPolicy<string, AskRateLimitPolicy>(WebChatPolicies.AskRateLimit));

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(services => new FeedbackLog(
            services.GetRequiredService<IOptions<WebChatOptions>>().Value.FeedbackFile,
            services.GetRequiredService<TimeProvider>()));
        builder.Services.TryAddSingleton<IFeedbackStore>(services => services.GetRequiredService<FeedbackLog>());
        builder.Services.AddSingleton<IQuestionLog>(services => services.GetRequiredService<IFeedbackStore>());
        return builder;
    }

    /// <summary>The staff page at <c>/</c>, <c>/widget.js</c> with its styles, and <c>POST /api/feedback</c>.</summary>
    public static IEndpointRouteBuilder MapWebChat(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapWidgetAssets();
        endpoints.MapFeedback();
        return endpoints;
    }
}
