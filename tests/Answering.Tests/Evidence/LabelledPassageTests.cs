namespace Answering.Tests.Evidence;

/// <summary>A bullet labelled with the question's word ((근거)) answers the noun phrase the question writes around it (법적 근거 조항).</summary>
public sealed class LabelledPassageTests : IDisposable
{
    private readonly OneDocumentEngine _engine = new("moel-2025-02-03-job-hub-designation.txt");

    [Theory]
    [InlineData("지역일자리허브의 법적 근거 조항이 어떻게 되나요?")]
    [InlineData("지역일자리허브 지정 근거 법령은 뭐예요?")]
    public void The_labelled_line_answers_the_phrase_around_its_label(string question)
    {
        var answer = _engine.Ask(question);

        Assert.True(answer.Answerable);
        var line = _engine.Lines.Single(l => l.Contains("(근거)", StringComparison.Ordinal));
        Assert.Contains(answer.Citations, c => line.Contains(c.Quote.Trim(), StringComparison.Ordinal) || c.Quote.Contains("(근거)", StringComparison.Ordinal));
    }

    public void Dispose() => _engine.Dispose();
}
