using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace WebChat.Tests.Browser;

/// <summary>
/// A newsroom's page on other origins than the bot's: two loopback ports, one the bot allows and one it does not.
/// The page embeds the widget with one tag and carries styles that would break the widget if they leaked into it.
/// </summary>
public sealed class NewsroomSite : IAsyncDisposable
{
    private readonly WebApplication _app;

    private NewsroomSite(WebApplication app, Uri allowed, Uri refused)
    {
        _app = app;
        AllowedOrigin = allowed;
        RefusedOrigin = refused;
    }

    public Uri AllowedOrigin { get; }
    public Uri RefusedOrigin { get; }

    /// <summary>Where the page loads widget.js from; set once the bot is up.</summary>
    public Uri? WidgetHost { get; set; }

    public static async Task<NewsroomSite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            kestrel.Listen(IPAddress.Loopback, 0);
        });
        var app = builder.Build();
        NewsroomSite? site = null;
        app.MapGet("/", () => TypedResults.Content(site!.Page("ko", "chat"), "text/html; charset=utf-8"));
        app.MapGet("/en-factcheck", () => TypedResults.Content(site!.Page("en", "factcheck"), "text/html; charset=utf-8"));
        await app.StartAsync();

        var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses
            .Select(address => new Uri(address)).ToList();
        site = new NewsroomSite(app, addresses[0], addresses[1]);
        return site;
    }

    private string Page(string language, string mode) => $$"""
        <!doctype html>
        <html lang="ko">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>뉴스룸 기사 편집기</title>
          <style>
            body { margin: 24px; font: 30px/1.2 serif; color: rgb(128, 0, 0); background: #ffffff; }
            button { border: 5px dashed rgb(0, 128, 0); }
            .launcher, .panel, .log { display: none !important; }
          </style>
        </head>
        <body>
          <main>
            <h1>기사 초안</h1>
            <p class="msg">국가혁신클러스터 2단계 예산에 관한 기사입니다.</p>
            <button class="send" type="button">기사 저장</button>
          </main>
          <script src="{{WidgetHost}}widget.js" data-lang="{{language}}" data-mode="{{mode}}" data-title="국가혁신클러스터 팩트체크"></script>
        </body>
        </html>
        """;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
