namespace Answering.Tests.Skills;

public sealed class InputGuardTests
{
    public static TheoryData<string> BadInputs => new()
    {
        "",
        "   \n\t ",
        new string('가', 2_001),
        "R&D (",
        "*",
        "?",
        "R&D (*?",
        "<script>alert(1)</script>",
        "<b>2단계 예산</b>",
        "2단계\u0000예산\u0007",
        "\uFFFD\uFFFD\uFFFD",
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Bad_input_gets_a_polite_message_not_an_exception(string question)
    {
        var answer = TestEngine.Ask(question);

        Assert.Equal("invalid", answer.Kind);
        Assert.False(answer.Answerable);
        Assert.False(string.IsNullOrWhiteSpace(answer.Text));
        Assert.Empty(answer.Citations);
    }

    [Fact]
    public void Nonsense_that_is_still_text_is_answered_as_not_in_the_documents()
    {
        var answer = TestEngine.Ask("점심 메뉴 추천해줘");

        Assert.False(answer.Answerable);
        Assert.NotEqual("invalid", answer.Kind);
    }

    [Theory]
    [InlineData("99999999999999999999999999999억원이 2단계 예산 맞나요?")]
    [InlineData("2단계 999999999999999999999999999999999km 거리 괜찮나요?")]
    [InlineData("9단계 국비는?")]
    [InlineData("0개 시도로 나누면 2단계 R&D")]
    [InlineData("1,2,3,4,5,6,7,8,9,10단계")]
    [InlineData("거리 -5km")]
    [InlineData("Is it true?")]
    public void Odd_questions_are_answered_without_exceptions(string question)
    {
        var answer = TestEngine.Ask(question, "2단계 총사업비 얼마예요?");

        Assert.False(string.IsNullOrWhiteSpace(answer.Text));
    }
}
