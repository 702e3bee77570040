using System.Text.Json;
using Answering.Contract;
using Microsoft.Playwright;

namespace WebChat.Tests.Browser;

/// <summary>
/// A conversation the widget finds in its session storage when the page loads (as after a reload): one question
/// and an answer with the given citations, so the source viewer can be opened on chosen lines of a document
/// whatever the engine answers. The viewer still reads the lines from the real sources endpoint.
/// </summary>
internal static class StoredConversation
{
    public static Task AddAsync(IPage page, Uri bot, string question, IReadOnlyList<Citation> citations)
    {
        var answerText = string.Concat(citations.Select((_, index) => $"[{index + 1}]"));
        var state = new
        {
            open = true,
            messages = new object[]
            {
                new { role = "user", text = question, mode = AnswerModes.Chat },
                new { role = "bot", question, mode = AnswerModes.Chat, answer = new { answer = answerText, citations } },
            },
        };
        var key = "webchat:" + bot.GetLeftPart(UriPartial.Authority);
        var json = JsonSerializer.Serialize(state, AnswerJson.Options);
        return page.AddInitScriptAsync($"sessionStorage.setItem({JsonSerializer.Serialize(key)}, {JsonSerializer.Serialize(json)});");
    }
}
