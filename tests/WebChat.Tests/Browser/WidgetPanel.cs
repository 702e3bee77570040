using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace WebChat.Tests.Browser;

/// <summary>The widget as a person uses it: found by roles and labels, inside its Shadow DOM.</summary>
internal sealed class WidgetPanel(IPage page)
{
    public IPage Page => page;
    public ILocator Launcher => page.GetByRole(AriaRole.Button, new() { Name = "문서에 물어보기" });
    public ILocator Panel => page.Locator("webchat-widget #webchat-panel");
    public ILocator QuestionBox => Panel.Locator("#webchat-input");
    public ILocator Replies => Panel.Locator(".log > article.msg.bot, .log > .msg.error");
    public ILocator Viewer => Panel.Locator(".viewer");

    public async Task OpenAsync()
    {
        await Launcher.ClickAsync();
        await Expect(Panel).ToBeVisibleAsync();
    }

    /// <summary>Types the question, presses Enter and returns the reply (an answer or a polite error).</summary>
    public async Task<ILocator> AskAsync(string question)
    {
        var before = await Replies.CountAsync();
        await QuestionBox.FillAsync(question);
        await QuestionBox.PressAsync("Enter");
        await Expect(Replies).ToHaveCountAsync(before + 1);
        return Replies.Nth(before);
    }

    /// <summary>
    /// Asks and measures, inside the page, from the Enter key to the frame after the answer entered the DOM.
    /// </summary>
    public async Task<(ILocator Reply, double Milliseconds)> AskTimedAsync(string question)
    {
        await page.EvaluateAsync("""
            () => {
              const root = document.querySelector('webchat-widget').shadowRoot;
              const seen = root.querySelectorAll('article.msg.bot').length;
              window.__firstAnswer = new Promise((resolve) => {
                let sent = 0;
                root.addEventListener('keydown', (event) => { if (event.key === 'Enter' && !event.shiftKey) sent = performance.now(); }, true);
                new MutationObserver((_, observer) => {
                  if (sent && root.querySelectorAll('article.msg.bot').length > seen) {
                    observer.disconnect();
                    requestAnimationFrame(() => resolve(performance.now() - sent));
                  }
                }).observe(root, { childList: true, subtree: true });
              });
            }
            """);
        var reply = await AskAsync(question);
        var milliseconds = await page.EvaluateAsync<double>("() => window.__firstAnswer");
        return (reply, milliseconds);
    }
}
