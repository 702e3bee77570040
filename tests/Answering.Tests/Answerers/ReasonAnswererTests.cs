namespace Answering.Tests.Answerers;

/// <summary>Why a figure changed is answered by the sentence that writes the change and its cause.</summary>
public sealed class ReasonAnswererTests
{
    [Fact]
    public void A_change_quoted_by_its_two_amounts_is_answered_by_the_sentence_writing_both_with_its_cause()
    {
        var lines = File.ReadAllLines(Path.Combine(TestEngine.CorpusFolder, "motie-2021-03-03-innovation-cluster.txt"));

        var answer = TestEngine.Ask("사업기간이 7년에서 10년으로 바뀐 이유가 뭔가요?");

        Assert.True(answer.Answerable);
        Assert.Contains(answer.Citations, c =>
            lines[c.Lines.From - 1].Contains("7개년", StringComparison.Ordinal) && lines[c.Lines.From - 1].Contains("10개년", StringComparison.Ordinal)
            && lines[c.Lines.From - 1].Contains("인해", StringComparison.Ordinal));
    }
}
