using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace WebChat.Policies;

/// <summary>
/// The <see cref="WebChatPolicies.Cors"/> policy, built from <see cref="WidgetOptions.AllowedOrigins"/> when CORS
/// options are first read, so configuration added after <c>AddWebChat</c> (tests, environment) still counts.
/// </summary>
internal sealed class WidgetCorsSetup(IOptions<WidgetOptions> widget) : IConfigureOptions<CorsOptions>
{
    public void Configure(CorsOptions options)
    {
        var allowed = widget.Value.AllowedOrigins
            .Select(NormalizeOrigin)
            .Where(origin => origin.Length > 0)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        options.AddPolicy(WebChatPolicies.Cors, policy => policy
            .SetIsOriginAllowed(origin => allowed.Contains(NormalizeOrigin(origin)))
            .WithMethods(HttpMethods.Get, HttpMethods.Post)
            .WithHeaders(HeaderNames.ContentType)
            .WithExposedHeaders(HeaderNames.RetryAfter)
            .SetPreflightMaxAge(TimeSpan.FromMinutes(10)));
    }

    // "https://news.example/" in configuration must match the browser's "https://news.example".
    private static string NormalizeOrigin(string origin) => origin.Trim().TrimEnd('/');
}
