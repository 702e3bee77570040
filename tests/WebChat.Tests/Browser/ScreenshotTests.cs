using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace WebChat.Tests.Browser;

/// <summary>Pictures of the panel for people to look at: artifacts/screenshots/ under the repository root.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ScreenshotTests(WidgetEnvironment environment, ITestOutputHelper output)
{
    [Theory]
    [InlineData("desktop", 1280, 800)]
    [InlineData("phone", 360, 740)]
    public async Task The_widget_answer_source_and_fact_check_are_photographed(string device, int width, int height)
    {
        var page = await environment.NewPageAsync(width, height);
        await page.GotoAsync(environment.Site.AllowedOrigin.ToString());
        var widget = new WidgetPanel(page);
        await widget.OpenAsync();
        var reply = await widget.AskAsync(EmbeddedWidgetTests.BudgetQuestion);
        await Expect(reply.Locator(".answer-text")).ToBeVisibleAsync();
        await SaveAsync(page, $"widget-answer-{device}.png");

        await reply.Locator("button.cite").First.ClickAsync();
        await Expect(widget.Viewer.Locator(".cited").First).ToBeVisibleAsync();
        await SaveAsync(page, $"widget-source-{device}.png");
        await page.Keyboard.PressAsync("Escape");

        await widget.Panel.GetByRole(AriaRole.Radio, new() { Name = "사실 확인" }).CheckAsync();
        var verdict = await widget.AskAsync("2단계 R&D 예산 총액은 3,000억원입니다.");
        await Expect(verdict.Locator(".answer-text")).ToBeVisibleAsync();
        await verdict.ScrollIntoViewIfNeededAsync();
        await SaveAsync(page, $"widget-factcheck-{device}.png");

        var staff = await environment.NewPageAsync(width, height);
        await staff.GotoAsync(environment.Bot.ToString());
        await Expect(new WidgetPanel(staff).Panel.Locator(".example").First).ToBeVisibleAsync();
        await SaveAsync(staff, $"staff-page-{device}.png");
    }

    private async Task SaveAsync(IPage page, string name)
    {
        var path = Screenshots.PathOf(name);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        Assert.True(new FileInfo(path).Length > 0);
        output.WriteLine($"screenshot: {path}");
    }
}
