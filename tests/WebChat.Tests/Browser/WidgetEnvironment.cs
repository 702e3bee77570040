using Microsoft.Extensions.DependencyInjection;
using System.Net.Http.Json;
using Answering.Contract;
using BotHost.Api;
using Microsoft.Playwright;

namespace WebChat.Tests.Browser;

/// <summary>
/// Started once for the browser tests: the newsroom site, the real BotHost allowing only the newsroom's first
/// origin, and Debian's Chromium (never a downloaded browser).
/// </summary>
public sealed class WidgetEnvironment : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    // Without the background-networking flags Chromium keeps knocking on this machine's closed network.
    private static readonly string[] ChromiumFlags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    ];

    private readonly TempFolder _data = new();
    private NewsroomSite? _site;
    private BotHostFactory? _bot;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private HttpClient? _api;

    public NewsroomSite Site => _site!;
    public Uri Bot => _bot!.Address;
    public IBrowser Browser => _browser!;
    public string FeedbackFile => Path.Combine(_data.Path, "feedback.jsonl");

    public async Task InitializeAsync()
    {
        // Debian's Chromium and Korean fonts, installed on first use; the browser tests never download a browser.
        await TestSupport.Prerequisites.EnsureAsync(TestSupport.Prerequisites.Chromium, TestSupport.Prerequisites.Fonts);

        _site = await NewsroomSite.StartAsync();
        _bot = BotHostFactory.Start(new Dictionary<string, string?>
        {
            ["Widget:AllowedOrigins:0"] = _site.AllowedOrigin.GetLeftPart(UriPartial.Authority),
            ["Widget:RateLimit:PermitLimit"] = "10000",
            ["WebChat:DataFolder"] = _data.Path,
        });
        _site.WidgetHost = _bot.Address;
        _api = new HttpClient { BaseAddress = _bot.Address };

        // CI runs every test assembly at once on two cores: wait for the page longer than on a quiet machine.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumFlags,
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
        _api?.Dispose();
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
        _data.Dispose();
    }

    /// <summary>What the engine answers, asked straight over HTTP: the truth the widget must show.</summary>
    public async Task<Answer> AskApiAsync(string question, string mode = AnswerModes.Chat)
    {
        var response = await _api!.PostAsJsonAsync("/api/ask", new { question, mode });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<Answer>(AnswerJson.Options))!;
    }

    /// <summary>What the sources endpoint gives for lines of a document: what the source viewer must draw.</summary>
    public async Task<SourceLines> GetSourceAsync(string doc, int from, int to) =>
        (await _api!.GetFromJsonAsync<SourceLines>($"/api/sources/{Uri.EscapeDataString(doc)}?from={from}&to={to}"))!;
    /// <summary>What the engine answers, asked through the host's answer service without its HTTP endpoint (nothing is logged).</summary>
    public Task<Answer> AskEngineAsync(string question) =>
        _bot!.Services.GetRequiredService<Answering.IAnswerService>().AskAsync(new AnswerRequest { Question = question });

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 800)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "ko-KR",
        });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<WidgetEnvironment>
{
    public const string Name = "Browser";
}
