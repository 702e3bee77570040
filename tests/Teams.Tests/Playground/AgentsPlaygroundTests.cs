using Microsoft.Playwright;
using Teams.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Teams.Tests.Playground;

/// <summary>
/// The bot in a real Teams client: the Microsoft 365 Agents Playground, driven in headless Chromium.
/// Needs node, the playground (npm) and Debian's chromium and fonts-nanum: tests/Teams.Tests/ci-setup.sh installs them.
/// </summary>
public sealed class AgentsPlaygroundTests
{
    public static readonly string ScreenshotPath = RepositoryPaths.Of("artifacts", "screenshots", "teams-playground.png");

    private const string ChromiumPath = "/usr/bin/chromium";

    [Fact]
    public async Task A_Korean_budget_question_shows_the_answer_card_with_its_figure_and_sources()
    {
        Assert.True(File.Exists(ChromiumPath), $"{ChromiumPath} is missing: run `bash tests/Teams.Tests/ci-setup.sh` (Debian chromium, fonts-nanum).");
        var answers = RecordingAnswerService.WithBudgetFigure();
        await using var bot = await BotServer.StartAsync(answers);
        await using var playground = await AgentsPlayground.StartAsync(bot.MessagesEndpoint);

        using var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 1000 }, Locale = "ko-KR" });
        // The page asks an Office CDN for fonts; nothing but loopback may leave the test.
        await page.RouteAsync("**/*", route => IsLoopback(route.Request.Url) ? route.ContinueAsync() : route.AbortAsync());
        await page.GotoAsync(playground.Address.ToString());

        const string question = "2단계 R&D 예산은 1단계보다 몇 % 늘었나요?";
        await page.Locator("[contenteditable]").First.ClickAsync();
        await page.Keyboard.InsertTextAsync(question);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send Message" }).ClickAsync();

        await Expect(page.GetByText("14.5%").Last).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await page.GetByText("출처 보기").Last.ClickAsync();
        await Expect(page.GetByText("motie-2021-03-03-innovation-cluster.txt · 37행").Last).ToBeVisibleAsync();
        Assert.Equal(question, Assert.Single(answers.Requests).Question);

        Directory.CreateDirectory(Path.GetDirectoryName(ScreenshotPath)!);
        await page.ScreenshotAsync(new() { Path = ScreenshotPath, FullPage = true });
    }

    private static bool IsLoopback(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.IsLoopback || uri.Scheme is "data" or "blob");
}
