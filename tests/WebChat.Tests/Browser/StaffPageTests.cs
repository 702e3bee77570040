using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace WebChat.Tests.Browser;

/// <summary>The staff page at <c>/</c>: the same component full-page, Korean first, kept for the session.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StaffPageTests(WidgetEnvironment environment)
{
    [Fact]
    public async Task The_conversation_survives_a_reload_and_the_page_switches_to_English()
    {
        var page = await environment.NewPageAsync();
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add($"{message.Text} ({message.Location})");
            }
        };
        await page.GotoAsync(environment.Bot.ToString());
        var staff = new WidgetPanel(page);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "사업 문서 도우미" })).ToBeVisibleAsync();
        await Expect(staff.Panel.Locator(".example").First).ToBeVisibleAsync();

        await staff.Panel.Locator(".example").First.ClickAsync();
        await Expect(staff.Replies).ToHaveCountAsync(1);
        var question = await staff.Panel.Locator(".msg.user .question").First.TextContentAsync();
        var answer = await staff.Replies.First.TextContentAsync();

        await page.ReloadAsync();
        await Expect(staff.Replies).ToHaveCountAsync(1);
        await Expect(staff.Panel.Locator(".msg.user .question").First).ToHaveTextAsync(question!);
        await Expect(staff.Replies.First).ToHaveTextAsync(answer!);

        await page.GetByRole(AriaRole.Button, new() { Name = "Switch to English" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Program documents assistant" })).ToBeVisibleAsync();
        await Expect(staff.Panel.GetByRole(AriaRole.Button, new() { Name = "Send" })).ToBeVisibleAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(staff.Replies).ToHaveCountAsync(1);

        await staff.Panel.GetByRole(AriaRole.Button, new() { Name = "New conversation" }).ClickAsync();
        await Expect(staff.Replies).ToHaveCountAsync(0);
        await Expect(staff.Panel.Locator(".example").First).ToBeVisibleAsync();
        Assert.Empty(consoleErrors); // the page's Content-Security-Policy refused nothing the component needs
    }
}
