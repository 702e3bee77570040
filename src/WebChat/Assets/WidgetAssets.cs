using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace WebChat.Assets;

/// <summary>The widget script and styles any page may embed, and the staff page at <c>/</c>.</summary>
public static class WidgetAssets
{
    // The staff page runs only our own script and talks only to its own origin.
    private const string StaffPagePolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

    private static readonly StaticAsset WidgetScript = StaticAsset.FromResource("widget.js", "text/javascript; charset=utf-8");
    private static readonly StaticAsset WidgetStyles = StaticAsset.FromResource("widget.css", "text/css; charset=utf-8");
    private static readonly StaticAsset StaffPage = StaticAsset.FromResource("index.html", "text/html; charset=utf-8");
    private static readonly StaticAsset StaffPageStyles = StaticAsset.FromResource("page.css", "text/css; charset=utf-8");

    /// <summary>What a page downloads to embed the widget, gzipped: the budget is 50 KB.</summary>
    public static int WidgetGzippedBytes => WidgetScript.GzippedLength + WidgetStyles.GzippedLength;

    public static IEndpointRouteBuilder MapWidgetAssets(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/widget.js", WidgetScript.Serve).ExcludeFromDescription();
        endpoints.MapGet("/widget.css", WidgetStyles.Serve).ExcludeFromDescription();
        endpoints.MapGet("/page.css", StaffPageStyles.Serve).ExcludeFromDescription();
        endpoints.MapGet("/", (HttpContext context) =>
        {
            context.Response.Headers.ContentSecurityPolicy = StaffPagePolicy;
            context.Response.Headers["Referrer-Policy"] = "no-referrer";
            return StaffPage.Serve(context);
        }).ExcludeFromDescription();
        return endpoints;
    }
}
