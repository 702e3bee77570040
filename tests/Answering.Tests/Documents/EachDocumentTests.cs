namespace Answering.Tests.Documents;

/// <summary>
/// A question that names no document, asked of the eight-document corpus where every press release states its own
/// embargo: each document's answer, from its own lines, instead of the first document's alone.
/// </summary>
public sealed class EachDocumentTests
{
    [Fact]
    public void An_embargo_asked_of_no_document_is_answered_from_each_release()
    {
        var answer = SuiteEngine.Ask("이 보도자료 엠바고 언제 풀려요?");

        var cited = answer.Citations.Select(c => c.Doc).Distinct().ToList();
        Assert.True(cited.Count >= 2, answer.Text);
        foreach (var citation in answer.Citations)
        {
            var stored = File.ReadAllLines(Path.Combine(SuiteEngine.Folder, citation.Doc))[citation.Lines.From - 1];
            Assert.Contains(citation.Quote.Trim('“', '”'), stored, StringComparison.Ordinal);
        }
        Assert.Contains("문서별로", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_embargo_of_a_named_release_is_answered_from_it_alone()
    {
        var answer = SuiteEngine.Ask("2024년 7월 수출입 동향 보도자료 엠바고 언제 풀려요?");

        Assert.NotEmpty(answer.Citations);
        Assert.All(answer.Citations, c => Assert.Equal("motie-2024-08-01-export-import-trends.txt", c.Doc));
        Assert.DoesNotContain("문서별로", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Markers_in_the_joined_answer_point_at_their_own_documents()
    {
        var answer = SuiteEngine.Ask("추가 취재는 누구한테 연락하면 되나요?");

        var markers = System.Text.RegularExpressions.Regex.Matches(answer.Text, @"\[(\d+)\]").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(markers);
        Assert.All(markers, m => Assert.InRange(m, 1, answer.Citations.Count));
        Assert.Equal(answer.Citations.Count, markers.Distinct().Count());
    }
}
