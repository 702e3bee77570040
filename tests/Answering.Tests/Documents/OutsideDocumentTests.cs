namespace Answering.Tests.Documents;

/// <summary>A year the document never writes is outside it: the answer says so instead of quoting another year's lines.</summary>
public sealed class OutsideDocumentTests
{
    private const string GreenRnd = "motie-2024-02-21-green-process-rnd.txt";

    [Fact]
    public void A_year_the_document_never_writes_is_not_answered_from_it()
    {
        Assert.DoesNotContain(SuiteEngine.Lines(GreenRnd), l => l.Contains("2025") || l.Contains("'25"));

        var answer = SuiteEngine.Ask("그린전환 공정혁신 기술개발사업 2025년 신규과제 예산은 얼마로 잡혀 있나요?");

        Assert.False(answer.Answerable);
        Assert.Equal("out_of_scope", answer.Kind);
    }

    [Fact]
    public void The_documents_own_year_is_still_answered()
    {
        var answer = SuiteEngine.Ask("그린전환 공정혁신 기술개발사업 2024년 신규과제 예산은 얼마인가요?");

        Assert.True(answer.Answerable);
        Assert.Contains(answer.Citations, c => c.Doc == GreenRnd);
    }
}
