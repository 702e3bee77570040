using Answering.Contract;
using Microsoft.Playwright;
using WebChat.Feedback;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace WebChat.Tests.Browser;

/// <summary>The widget embedded with one tag on a newsroom page of another origin, talking to the real BotHost.</summary>
[Collection(BrowserCollection.Name)]
public sealed class EmbeddedWidgetTests(WidgetEnvironment environment, ITestOutputHelper output)
{
    internal const string BudgetQuestion = "2단계 R&D 예산 총액이 얼마인가요?";

    /// <summary>A computed answer whose two inputs stand on two lines of the corpus.</summary>
    internal const string ComputedQuestion = "1단계 때 사업화 매출은 국비 1억원당 얼마 꼴이야?";

    private async Task<WidgetPanel> OpenOnNewsroomPageAsync(Uri? origin = null, int width = 1280, int height = 800)
    {
        var page = await environment.NewPageAsync(width, height);
        await page.GotoAsync((origin ?? environment.Site.AllowedOrigin).ToString());
        var widget = new WidgetPanel(page);
        await widget.OpenAsync();
        return widget;
    }

    private async Task<Answer> AnsweredBudgetQuestionAsync()
    {
        var truth = await environment.AskApiAsync(BudgetQuestion);
        Assert.True(truth.Answerable && truth.Figures.Count > 0 && truth.Citations.Count > 0,
            $"The engine gave no cited figure for \"{BudgetQuestion}\" (kind {truth.Kind}): {truth.Text}");
        return truth;
    }

    [Fact]
    public async Task A_Korean_budget_question_shows_the_engines_answer_and_figure()
    {
        var truth = await AnsweredBudgetQuestionAsync();
        var widget = await OpenOnNewsroomPageAsync();

        var (reply, milliseconds) = await widget.AskTimedAsync(BudgetQuestion);

        output.WriteLine($"First answer visible {milliseconds:F1} ms after Enter (loopback; the target is 300 ms).");
        await Expect(reply.Locator(".answer-text")).ToHaveTextAsync(truth.Text);
        await Expect(reply.Locator(".figure-value").First).ToHaveTextAsync(Displayed.Of(truth.Figures[0]));
        await Expect(reply.Locator(".answer-text")).ToContainTextAsync(Displayed.Of(truth.Figures[0]).Replace(" ", ""));
        await Expect(reply.Locator(".sources li")).ToHaveCountAsync(truth.Citations.Count);
    }

    [Fact]
    public async Task A_follow_up_chip_asks_its_question_in_the_same_conversation()
    {
        var truth = await AnsweredBudgetQuestionAsync();
        Assert.NotEmpty(truth.FollowUps);
        var widget = await OpenOnNewsroomPageAsync();
        var reply = await widget.AskAsync(BudgetQuestion);

        await reply.GetByRole(AriaRole.Group, new() { Name = "이어서 물어보기" }).GetByRole(AriaRole.Button, new() { Name = truth.FollowUps[0] }).ClickAsync();

        await Expect(widget.Replies).ToHaveCountAsync(2);
        await Expect(widget.Panel.Locator(".msg.user .question").Last).ToHaveTextAsync(truth.FollowUps[0]);
        await Expect(widget.Replies.Last).ToHaveClassAsync("msg bot");
    }

    [Fact]
    public async Task A_false_claim_gets_the_not_supported_badge_and_the_documents_figure()
    {
        var figure = (await AnsweredBudgetQuestionAsync()).Figures[0];
        var claim = $"2단계 R&D 예산 총액은 {Displayed.Quantity(figure.Value * 2, figure.Unit)}입니다.";
        var check = await environment.AskApiAsync(claim, AnswerModes.FactCheck);
        Assert.Equal(Verdicts.Refuted, check.Verdict);
        var widget = await OpenOnNewsroomPageAsync();

        await widget.Panel.GetByRole(AriaRole.Radio, new() { Name = "사실 확인" }).CheckAsync();
        await Expect(widget.Panel.GetByLabel("확인할 문장", new() { Exact = true })).ToBeVisibleAsync();
        var reply = await widget.AskAsync(claim);

        await Expect(reply.Locator(".verdict")).ToHaveTextAsync("판정: 사실 아님");
        await Expect(reply.Locator(".figures").GetByRole(AriaRole.Heading)).ToHaveTextAsync("문서의 수치");
        await Expect(reply.Locator(".figures")).ToContainTextAsync(Displayed.Of(figure));
        await Expect(reply.Locator(".sources li")).ToHaveCountAsync(check.Citations.Count);
        Assert.NotEmpty(check.Citations);
    }

    [Fact]
    public async Task The_tags_language_and_mode_give_an_English_fact_checker()
    {
        var figure = (await AnsweredBudgetQuestionAsync()).Figures[0];
        var claim = $"2단계 R&D 예산 총액은 {Displayed.Quantity(figure.Value * 2, figure.Unit)}입니다.";
        var page = await environment.NewPageAsync();
        await page.GotoAsync(new Uri(environment.Site.AllowedOrigin, "en-factcheck").ToString());
        var widget = new WidgetPanel(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Ask the documents" }).ClickAsync();
        await Expect(widget.Panel.GetByRole(AriaRole.Radio, new() { Name = "Fact-check" })).ToBeCheckedAsync();
        await Expect(widget.Panel.GetByLabel("Sentence to check", new() { Exact = true })).ToBeFocusedAsync();
        var reply = await widget.AskAsync(claim);

        await Expect(reply.Locator(".verdict")).ToHaveTextAsync("Verdict: Not supported");
        await Expect(reply.Locator(".figures")).ToContainTextAsync(Displayed.Of(figure));
    }

    [Fact]
    public async Task An_eligibility_question_gets_the_engines_judgement_as_a_badge()
    {
        const string question = "거점들 면적을 다 합치면 17km² 정도 되는데 괜찮을까요?";
        var truth = await environment.AskApiAsync(question);
        Assert.NotNull(truth.Eligible);
        var words = new Dictionary<string, string>
        {
            [Eligibility.Yes] = "기준에 맞아요",
            [Eligibility.No] = "기준에 맞지 않아요",
            [Eligibility.Depends] = "조건에 따라 달라요",
            [Eligibility.NotInDocument] = "문서에 없음",
        };
        var widget = await OpenOnNewsroomPageAsync();

        var reply = await widget.AskAsync(question);

        await Expect(reply.Locator(".eligible")).ToHaveTextAsync($"기준 충족 여부: {words[truth.Eligible]}");
        await Expect(reply.Locator(".answer-text")).ToHaveTextAsync(truth.Text);
    }

    [Fact]
    public async Task Markup_in_a_question_is_shown_as_text_and_runs_nothing()
    {
        const string question = "<script>alert(1)</script><img src=x onerror=\"window.__injected=1\"> 2단계 예산은?";
        var widget = await OpenOnNewsroomPageAsync();
        var dialogs = 0;
        widget.Page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };

        await widget.AskAsync(question);

        await Expect(widget.Panel.Locator(".msg.user .question").Last).ToHaveTextAsync(question);
        Assert.Equal(0, await widget.Panel.Locator("script, img").CountAsync());
        Assert.Equal(0, dialogs);
        Assert.True(await widget.Page.EvaluateAsync<bool>("() => window.__injected === undefined"));
    }

    [Fact]
    public async Task A_page_from_an_origin_not_in_the_allowlist_is_refused()
    {
        var widget = await OpenOnNewsroomPageAsync(environment.Site.RefusedOrigin);

        var reply = await widget.AskAsync(BudgetQuestion);

        await Expect(reply).ToHaveClassAsync("msg error");
        await Expect(reply).ToHaveTextAsync("서버에 연결하지 못했어요. 잠시 뒤에 다시 시도해 주세요.");
        // The same request without CORS (an opaque answer the page cannot read) shows the server is up and answering:
        // the refusal is the browser withholding the answer, not a server that is down.
        var outcomes = await widget.Page.EvaluateAsync<string[]>("""
            async (bot) => {
              const attempt = async (mode, contentType) => {
                try {
                  const response = await fetch(bot + 'api/ask', { method: 'POST', mode, headers: { 'Content-Type': contentType }, body: '{"question":"예산은?"}' });
                  return response.type;
                } catch {
                  return 'refused';
                }
              };
              return [await attempt('cors', 'application/json'), await attempt('no-cors', 'text/plain')];
            }
            """, environment.Bot.ToString());
        Assert.Equal(["refused", "opaque"], outcomes);
    }

    [Fact]
    public async Task The_pages_styles_do_not_reach_the_widget_and_the_widgets_do_not_reach_the_page()
    {
        var widget = await OpenOnNewsroomPageAsync();

        await Expect(widget.Launcher).ToBeVisibleAsync();
        await Expect(widget.Panel).ToBeVisibleAsync();
        var launcher = await widget.Launcher.EvaluateAsync<string[]>(
            "element => { const style = getComputedStyle(element); return [style.borderTopStyle, style.fontSize, style.color]; }");
        Assert.Equal(["none", "15px", "rgb(255, 255, 255)"], launcher);
        var pageButton = await widget.Page.Locator("main button.send").EvaluateAsync<string>("element => getComputedStyle(element).backgroundColor");
        Assert.NotEqual("rgb(29, 78, 216)", pageButton);
    }

    [Fact]
    public async Task Copy_with_sources_puts_the_answer_and_each_cited_line_on_the_clipboard()
    {
        var truth = await environment.AskApiAsync(ComputedQuestion);
        var widget = await OpenOnNewsroomPageAsync();
        await widget.Page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = environment.Site.AllowedOrigin.GetLeftPart(UriPartial.Authority) });
        var reply = await widget.AskAsync(ComputedQuestion);

        await reply.GetByRole(AriaRole.Button, new() { Name = "출처와 함께 복사" }).ClickAsync();

        await Expect(widget.Panel.Locator(".status")).ToHaveTextAsync("답변과 출처를 복사했어요.");
        var copied = await widget.Page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.StartsWith(truth.Text, copied);
        Assert.True(truth.Citations.Count > 1, "The computed answer cites each of its inputs; the test checks every one.");
        foreach (var (citation, number) in truth.Citations.Select((citation, index) => (citation, index + 1)))
        {
            Assert.Contains($"[{number}] {citation.Doc}, {Displayed.Location(citation)}", copied);
            Assert.Contains(Displayed.Squeeze(citation.Quote), Displayed.Squeeze(copied));
        }
    }

    [Fact]
    public async Task A_rating_with_a_comment_and_an_unanswered_question_are_recorded_for_the_report()
    {
        var comment = $"출처 표시가 좋아요 {Guid.NewGuid():n}";
        var widget = await OpenOnNewsroomPageAsync();
        var reply = await widget.AskAsync(BudgetQuestion);

        await reply.GetByRole(AriaRole.Button, new() { Name = "도움이 됐어요" }).ClickAsync();
        await Expect(reply.GetByRole(AriaRole.Button, new() { Name = "도움이 됐어요" })).ToHaveAttributeAsync("aria-pressed", "true");
        await reply.GetByLabel("의견 (선택)").FillAsync(comment);
        await reply.GetByRole(AriaRole.Button, new() { Name = "의견 보내기" }).ClickAsync();
        await Expect(reply.Locator(".feedback-status")).ToHaveTextAsync("의견을 보냈어요. 고마워요.");

        // Asked of the engine directly, not over HTTP: only the widget's own request may put it in the log.
        const string offTopic = "김치찌개 맛있게 끓이는 법 알려줘";
        var offTopicTruth = await environment.AskEngineAsync(offTopic);
        Assert.False(offTopicTruth.Answerable, $"The engine answered \"{offTopic}\": {offTopicTruth.Text}");
        Assert.DoesNotContain(FeedbackLog.Read(environment.FeedbackFile).Entries, entry => entry.Question == offTopic);
        // A conversation of its own: after the budget question the engine reads it as a follow-up of that one.
        var newConversation = await OpenOnNewsroomPageAsync();
        await newConversation.AskAsync(offTopic);

        var summary = FeedbackReport.Summarize(FeedbackLog.Read(environment.FeedbackFile));
        var rated = Assert.Single(summary.Comments, entry => entry.Comment == comment);
        Assert.Equal(Ratings.Up, rated.Rating);
        Assert.Equal(BudgetQuestion, rated.Question);
        Assert.Equal(1, Assert.Single(summary.Unanswered, question => question.Question == offTopic).Count);
    }
}
