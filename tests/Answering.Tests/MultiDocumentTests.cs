using Answering.Contract;
using Answering.Tests.Eval;

namespace Answering.Tests;

/// <summary>
/// A second document (a made-up press release with its own budget table and contacts) beside the first:
/// questions naming it are answered from it, the first document's answers stay as they were.
/// </summary>
public sealed class MultiDocumentTests : IDisposable
{
    private const string Second = "mss-2022-05-10-smart-factory.txt";
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("two-documents-");
    private readonly AnswerEngine _engine;

    public MultiDocumentTests()
    {
        foreach (var file in Directory.EnumerateFiles(TestEngine.CorpusFolder, "*.txt"))
        {
            File.Copy(file, Path.Combine(_folder.FullName, Path.GetFileName(file)));
        }
        File.Copy(Path.Combine(AppContext.BaseDirectory, "TestDocuments", Second), Path.Combine(_folder.FullName, Second));
        _engine = AnswerEngine.FromFolder(_folder.FullName);
    }

    private Answer Ask(string question) => _engine.Ask(new AnswerRequest { Question = question });

    [Fact]
    public void A_figure_of_the_named_program_comes_from_its_document()
    {
        var answer = Ask("스마트공장 '22년 국비 예산은?");

        Assert.Contains("3,090억원", answer.Text, StringComparison.Ordinal);
        Assert.All(answer.Citations, c => Assert.Equal(Second, c.Doc));
    }

    [Fact]
    public void A_computation_stays_inside_the_named_document()
    {
        var answer = Ask("스마트공장 사업 '21년 대비 '22년 국비 증감률은?");

        Assert.Equal(11.7, answer.Figures.Single(f => f.Unit == "%").Value);
        Assert.All(answer.Citations, c => Assert.Equal(Second, c.Doc));
    }

    [Fact]
    public void A_year_only_one_document_writes_chooses_that_document()
    {
        var answer = Ask("2019년 중소기업 지원 예산은?");

        Assert.NotEmpty(answer.Citations);
        Assert.All(answer.Citations, c => Assert.NotEqual(Second, c.Doc));
    }

    [Fact]
    public void Contacts_of_the_named_document()
    {
        var answer = Ask("스마트공장 담당자 연락처는?");

        Assert.Contains("044-204-7715", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("044-203-4418", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_document_costs_the_first_documents_dev_set_nothing()
    {
        // The dev set is about the first document: what the engine answers right from it alone it must still answer
        // right with another document beside it (the set's own pass level is guarded in EvalSetTests).
        var alone = EvalSetTests.Score(TestEngine.Shared, TestEngine.CorpusFolder, "dev.jsonl");
        var beside = EvalSetTests.Score(_engine, _folder.FullName, "dev.jsonl");

        var lost = alone.Items.Where(i => i.Passed).Select(i => i.Item.Id).Except(beside.Items.Where(i => i.Passed).Select(i => i.Item.Id)).ToList();
        Assert.True(lost.Count == 0, $"Passing alone, failing beside {Second}: {string.Join(", ", lost)}\n{beside.Format()}");
        Assert.Equal(0, beside.InvalidCitations);
        Assert.Equal(0, beside.UngroundedNumbers);
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
