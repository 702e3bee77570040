using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace WebChat.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class KeyboardAndAccessibilityTests(WidgetEnvironment environment, ITestOutputHelper output)
{
    [Fact]
    public async Task Keyboard_alone_opens_asks_reads_a_source_and_closes()
    {
        var page = await environment.NewPageAsync();
        await page.GotoAsync(environment.Site.AllowedOrigin.ToString());
        var widget = new WidgetPanel(page);

        await TabUntilFocusedAsync(page, widget.Launcher);
        Assert.Equal("solid", await widget.Launcher.EvaluateAsync<string>("element => getComputedStyle(element).outlineStyle"));
        await page.Keyboard.PressAsync("Enter");
        await Expect(widget.Panel).ToBeVisibleAsync();
        await Expect(widget.QuestionBox).ToBeFocusedAsync();

        await page.Keyboard.InsertTextAsync("첫 줄");
        await page.Keyboard.PressAsync("Shift+Enter");
        await page.Keyboard.InsertTextAsync("둘째 줄");
        await Expect(widget.QuestionBox).ToHaveValueAsync("첫 줄\n둘째 줄");
        await Expect(widget.Replies).ToHaveCountAsync(0);
        await widget.QuestionBox.FillAsync("");

        await page.Keyboard.InsertTextAsync(EmbeddedWidgetTests.BudgetQuestion);
        await page.Keyboard.PressAsync("Enter");
        await Expect(widget.Replies).ToHaveCountAsync(1);

        var marker = widget.Replies.First.Locator("button.cite").First;
        await TabUntilFocusedAsync(page, marker, shift: true);
        await page.Keyboard.PressAsync("Enter");
        await Expect(widget.Viewer.Locator(".cited").First).ToBeVisibleAsync();
        await TabUntilFocusedAsync(page, widget.Viewer.GetByRole(AriaRole.Region, new() { Name = "원문 내용" }));
        var wideTable = widget.Viewer.Locator(".table-scroll");
        if (await wideTable.CountAsync() > 0)
        {
            // A wide table scrolls in its own box: the keyboard reaches it to scroll it sideways.
            await TabUntilFocusedAsync(page, wideTable);
        }
        await page.Keyboard.PressAsync("Escape");
        await Expect(widget.Viewer).ToBeHiddenAsync();
        await Expect(marker).ToBeFocusedAsync();

        await page.Keyboard.PressAsync("Escape");
        await Expect(widget.Panel).ToBeHiddenAsync();
        await Expect(widget.Launcher).ToBeFocusedAsync();
        await Expect(widget.Launcher).ToHaveAttributeAsync("aria-expanded", "false");
    }

    [Fact]
    public async Task The_panel_is_a_labelled_dialog_with_a_live_log()
    {
        var page = await environment.NewPageAsync();
        await page.GotoAsync(environment.Site.AllowedOrigin.ToString());
        var widget = new WidgetPanel(page);
        await widget.OpenAsync();

        await Expect(page.GetByRole(AriaRole.Dialog, new() { Name = "국가혁신클러스터 팩트체크" })).ToBeVisibleAsync();
        var log = widget.Panel.GetByRole(AriaRole.Log);
        await Expect(log).ToHaveAttributeAsync("aria-live", "polite");
        await Expect(widget.Panel.GetByLabel("질문", new() { Exact = true })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Axe_finds_no_serious_or_critical_violations_in_the_widget_and_the_staff_page()
    {
        var widgetPage = await environment.NewPageAsync();
        await widgetPage.GotoAsync(environment.Site.AllowedOrigin.ToString());
        var widget = new WidgetPanel(widgetPage);
        await widget.OpenAsync();
        await widget.AskAsync(EmbeddedWidgetTests.BudgetQuestion);
        await widget.Panel.GetByRole(AriaRole.Radio, new() { Name = "사실 확인" }).CheckAsync();
        await widget.AskAsync("2단계 R&D 예산은 1조원이다.");
        var widgetViolations = await SeriousViolationsAsync(widgetPage, "widget");

        await widget.Replies.First.Locator("button.cite").First.ClickAsync();
        await Expect(widget.Viewer.Locator(".cited").First).ToBeVisibleAsync();
        var viewerViolations = await SeriousViolationsAsync(widgetPage, "source viewer");

        var staffPage = await environment.NewPageAsync(360, 740);
        await staffPage.GotoAsync(environment.Bot.ToString());
        var staff = new WidgetPanel(staffPage);
        await staff.AskAsync(EmbeddedWidgetTests.BudgetQuestion);
        var staffViolations = await SeriousViolationsAsync(staffPage, "staff page at 360 px");

        // Every source the answer cites, a table among them, in the staff page's viewer.
        var sourceLinks = staff.Replies.First.Locator(".source-link");
        var staffViewerViolations = new List<string>();
        for (var i = 0; i < await sourceLinks.CountAsync(); i++)
        {
            await sourceLinks.Nth(i).ClickAsync();
            await Expect(staff.Viewer.Locator(".cited").First).ToBeVisibleAsync();
            staffViewerViolations.AddRange(await SeriousViolationsAsync(staffPage, $"staff page source {i + 1} at 360 px"));
            await staffPage.Keyboard.PressAsync("Escape");
        }

        Assert.Empty(widgetViolations.Concat(viewerViolations).Concat(staffViolations).Concat(staffViewerViolations));
    }

    private async Task<List<string>> SeriousViolationsAsync(IPage page, string where)
    {
        AxeResult result = await page.RunAxe();
        foreach (var violation in result.Violations)
        {
            output.WriteLine($"axe ({where}): {violation.Impact} {violation.Id}: {violation.Help} ({violation.Nodes.Length} nodes)");
        }
        return [.. result.Violations
            .Where(violation => violation.Impact is "serious" or "critical")
            .Select(violation => $"{where}: {violation.Id} {violation.Help}: {string.Join(" | ", violation.Nodes.Select(node => node.Html))}")];
    }

    private static async Task TabUntilFocusedAsync(IPage page, ILocator target, bool shift = false)
    {
        for (var presses = 0; presses < 60; presses++)
        {
            if (await target.EvaluateAsync<bool>("element => element.getRootNode().activeElement === element"))
            {
                return;
            }
            await page.Keyboard.PressAsync(shift ? "Shift+Tab" : "Tab");
        }
        Assert.Fail("The control was not reached with the Tab key.");
    }
}
