using Answering.Contract;

namespace Answering.Tests;

/// <summary>Answers come from the corpus at run time: change a number or a rule in a copy and the answers follow.</summary>
public sealed class CorpusChangeTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("corpus-change-");

    [Fact]
    public void Changed_budget_cell_and_radius_rule_change_the_answers()
    {
        var source = Directory.EnumerateFiles(TestEngine.CorpusFolder, "*.txt").Single();
        var lines = File.ReadAllText(source).Split('\n');
        lines[36] = lines[36].Replace("1,134", "1,200", StringComparison.Ordinal);
        lines[98] = lines[98].Replace("반경 20km", "반경 25km", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(_folder.FullName, Path.GetFileName(source)), string.Join('\n', lines));

        var engine = AnswerEngine.FromFolder(_folder.FullName);
        var budget = engine.Ask(new AnswerRequest { Question = "2단계 R&D 예산은 얼마인가요?" });
        var growth = engine.Ask(new AnswerRequest { Question = "2단계 R&D 예산은 1단계보다 몇 % 늘었나요?" });
        var radius = engine.Ask(new AnswerRequest { Question = "도 지역인데 거점 간 거리가 22km입니다. 지정 기준에 맞나요?" });

        Assert.Contains("1,200억원", budget.Text, StringComparison.Ordinal);
        Assert.Contains(budget.Citations, c => c.Lines.From == 37 && c.Quote.Contains("1,200", StringComparison.Ordinal));
        Assert.Equal(21.2, growth.Figures.Single(f => f.Unit == "%").Value);
        Assert.Equal(Eligibility.Yes, radius.Eligible);
        Assert.Contains("25km", radius.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Original_corpus_gives_the_original_answers()
    {
        var radius = TestEngine.Ask("도 지역인데 거점 간 거리가 22km입니다. 지정 기준에 맞나요?");

        Assert.Equal(Eligibility.No, radius.Eligible);
    }

    [Fact]
    public void A_new_document_is_read_without_code_changes()
    {
        File.Copy(Directory.EnumerateFiles(TestEngine.CorpusFolder, "*.txt").Single(), Path.Combine(_folder.FullName, "a.txt"));
        File.WriteAllText(Path.Combine(_folder.FullName, "b.txt"), "□ 스마트 양식장 보급\n\n【 스마트 양식장 보급 사업 지원 규모 (단위:억원) 】\n\n구분\t'23\t'24\n국비\t10\t20\n지방비\t1\t2\n합계\t11\t22\n");

        var engine = AnswerEngine.FromFolder(_folder.FullName);

        Assert.Equal(2, engine.Corpus.Documents.Count);
        var found = engine.SearchPassages("스마트 양식장 보급");
        var cell = engine.ReadTableCell("국비", "'24", "양식장 지원 규모");

        Assert.Contains(found.Citations, c => c.Doc == "b.txt");
        Assert.Equal(20, Assert.Single(cell.Figures).Value);
        Assert.Equal(("b.txt", 6), (cell.Citations[0].Doc, cell.Citations[0].Lines.From));
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
