using Answering.Contract;
using Newtonsoft.Json.Linq;
using Teams.Cards;
using Teams.Tests.Support;

namespace Teams.Tests.Cards;

public sealed class AnswerCardTests
{
    private static readonly Answer Plain = new()
    {
        Question = "q",
        Text = "문서에 나온 내용이에요.",
        Language = "ko",
        Kind = "lookup",
        Answerable = true,
    };

    [Theory]
    [InlineData(Verdicts.Supported, "good", "사실이에요")]
    [InlineData(Verdicts.Refuted, "attention", "사실과 달라요")]
    [InlineData(Verdicts.Conflicting, "warning", "문서 내용이 서로 달라요")]
    [InlineData(Verdicts.NotInDocument, "warning", "문서에서 확인할 수 없어요")]
    public void A_checked_claim_shows_its_verdict_as_a_badge(string verdict, string style, string label)
    {
        var badge = Badge(AnswerCard.Create(Plain with { Kind = "factcheck", Verdict = verdict })!);

        Assert.Equal(style, badge.Value<string>("style"));
        Assert.Equal(label, badge["items"]![0]!.Value<string>("text"));
    }

    [Theory]
    [InlineData(Eligibility.Yes, "good", "지원 대상이에요")]
    [InlineData(Eligibility.No, "attention", "지원 대상이 아니에요")]
    [InlineData(Eligibility.Depends, "warning", "조건에 따라 달라요")]
    public void An_eligibility_answer_shows_a_badge(string eligible, string style, string label)
    {
        var badge = Badge(AnswerCard.Create(Plain with { Kind = "eligibility", Eligible = eligible })!);

        Assert.Equal(style, badge.Value<string>("style"));
        Assert.Equal(label, badge["items"]![0]!.Value<string>("text"));
    }

    [Fact]
    public void An_unanswerable_question_is_marked_as_not_found()
    {
        var badge = Badge(AnswerCard.Create(Plain with { Kind = "out_of_scope", Answerable = false })!);

        Assert.Equal(CardText.Korean.NotFoundInDocument, badge["items"]![0]!.Value<string>("text"));
    }

    [Fact]
    public void An_answer_without_details_needs_no_card()
    {
        Assert.Null(AnswerCard.Create(Plain));
    }

    [Fact]
    public void An_English_answer_gets_English_labels()
    {
        var card = AnswerCard.Create(SampleAnswers.Budget("How much did the phase 2 R&D budget grow?") with { Language = "en" })!;

        Assert.Equal("en", card.Value<string>("lang"));
        var text = card.ToString();
        Assert.Contains("Formula", text);
        Assert.Contains("Show sources (1)", text);
        Assert.Contains("line 37", text);
        Assert.DoesNotContain("계산식", text);
    }

    [Fact]
    public void Follow_ups_are_buttons_that_submit_their_question()
    {
        var card = AnswerCard.Create(SampleAnswers.Budget("q"))!;

        var buttons = card.Descendants().OfType<JObject>().Where(node => node.Value<string>("type") == "Action.Submit").ToList();
        Assert.Equal(["2단계 비R&D 예산은?", "시도별로는 얼마인가요?"], buttons.Select(button => button.Value<string>("title")!));
        Assert.All(buttons, button => Assert.Equal(button.Value<string>("title"), button["data"]!.Value<string>("question")));
    }

    [Fact]
    public void The_sources_button_toggles_the_hidden_sources()
    {
        var card = AnswerCard.Create(SampleAnswers.Budget("q"))!;

        var toggle = card.Descendants().OfType<JObject>().Single(node => node.Value<string>("type") == "Action.ToggleVisibility");
        Assert.Equal([AnswerCard.SourcesId], toggle["targetElements"]!.Values<string>());
    }

    [Theory]
    [InlineData(1134, "억원", "1,134억원")]
    [InlineData(14.5, "%", "14.5%")]
    [InlineData(0.125, "%", "0.13%")]
    [InlineData(3529, "억원", "3,529억원")]
    public void Numbers_read_as_people_write_them(double value, string unit, string expected)
    {
        Assert.Equal(expected, AnswerCard.FormatNumber(value, unit));
    }

    private static JObject Badge(JObject card) =>
        card.Descendants().OfType<JObject>().Single(node => node.Value<string>("id") == "badge");
}
