using Answering.Contract;

namespace Answering.Tests.Composing;

public sealed class QuantityAskedTests
{
    [Fact]
    public void AnAmountAskedOfLinesThatWriteNoAmountIsNotInTheDocument()
    {
        using var engine = new OneDocumentEngine("mss-2025-06-02-support-period-extension.txt");

        var answer = engine.Ask("중소벤처기업부가 고친 운영요령에 드는 비용은 얼마예요?");

        Assert.False(answer.Answerable);
        Assert.Equal(AnswerKinds.OutOfScope, answer.Kind);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("지원기간", StringComparison.Ordinal));
    }

    [Fact]
    public void ADurationAskedOfTheSameLinesIsAnsweredFromThem()
    {
        using var engine = new OneDocumentEngine("mss-2025-06-02-support-period-extension.txt");

        var answer = engine.Ask("창업기업 기술개발 과제 지원기간은 최대 몇 년까지 연장돼요?");

        Assert.True(answer.Answerable);
        Assert.Contains("2년", answer.Text, StringComparison.Ordinal);
    }
}
