using Microsoft.Playwright;
using Teams.Tests.Support;
using TestSupport;
using static Microsoft.Playwright.Assertions;

namespace Teams.Tests.Playground;

/// <summary>
/// The bot in a real Teams client: the Microsoft 365 Agents Playground, driven in headless Chromium.
/// Needs node, the playground (npm) and Debian's chromium and fonts-nanum: tests/prerequisites.sh installs them on first use.
/// </summary>
public sealed class AgentsPlaygroundTests
{
    public static readonly string ScreenshotPath = RepositoryPaths.Of("artifacts", "screenshots", "teams-playground.png");


    [Fact]
    public async Task A_Korean_budget_question_shows_the_answer_card_and_its_follow_up_button_asks_on()
    {
        await Prerequisites.EnsureAsync(Prerequisites.Chromium, Prerequisites.Fonts, Prerequisites.Playground);
        var (figure, line) = RealEngine.RndSubtotal("2단계(B)");
        var engine = RealEngine.AnswerService();
        var answers = new RecordingAnswerService(request => engine.AskAsync(request));
        await using var bot = await BotServer.StartAsync(answers);
        await using var playground = await AgentsPlayground.StartAsync(bot.MessagesEndpoint);

        using var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Prerequisites.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 1400 }, Locale = "ko-KR" });
        // The page asks an Office CDN for fonts; nothing but loopback may leave the test.
        await page.RouteAsync("**/*", route => IsLoopback(route.Request.Url) ? route.ContinueAsync() : route.AbortAsync());
        await page.GotoAsync(playground.Address.ToString());

        const string question = "2단계 R&D 예산 총액이 얼마인가요?";
        await page.Locator("[contenteditable]").First.ClickAsync();
        await page.Keyboard.InsertTextAsync(question);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send Message" }).ClickAsync();

        // The card's figure block shows the number alone, as the corpus states it.
        await Expect(page.GetByText(Teams.Cards.AnswerCard.FormatNumber(figure, "억원"), new() { Exact = true }).Last).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await page.GetByText("출처 보기").Last.ClickAsync();
        await Expect(page.GetByText($"{RealEngine.Document} · {line}행").Last).ToBeVisibleAsync();

        await page.GetByText("이어서 물어보기").Last.ScrollIntoViewIfNeededAsync();
        Directory.CreateDirectory(Path.GetDirectoryName(ScreenshotPath)!);
        await page.ScreenshotAsync(new() { Path = ScreenshotPath, FullPage = true });

        // The card's first follow-up button asks its question in the same conversation.
        var followUp = answers.Requests.Single().Question == question
            ? (await engine.AskAsync(new() { Question = question })).FollowUps[0]
            : throw new InvalidOperationException("The playground did not ask the question typed.");
        await page.GetByRole(AriaRole.Button, new() { Name = followUp, Exact = true }).Last.ClickAsync();
        await WaitUntilAsync(() => answers.Requests.Count == 2);
        Assert.Equal(followUp, answers.Requests[1].Question);
        Assert.Equal([question], answers.Requests[1].History);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var attempt = 0; attempt < 300 && !condition(); attempt++)
        {
            await Task.Delay(100);
        }
        Assert.True(condition(), "The playground did not send the follow-up to the bot within 30 seconds.");
    }

    private static bool IsLoopback(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.IsLoopback || uri.Scheme is "data" or "blob");
}
