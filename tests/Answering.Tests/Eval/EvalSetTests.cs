using Answering.Contract;
using Evaluation;
using Xunit.Abstractions;

namespace Answering.Tests.Eval;

/// <summary>
/// Runs whole question sets through the engine and scores them with the shared scorer's checks. dev.jsonl is
/// the shared development set; extra.jsonl holds other cells, years, regions, phrasings, English and
/// follow-ups. Both must stay at the pass rate reached, with no invalid citation and no ungrounded number.
/// </summary>
public sealed class EvalSetTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("dev.jsonl", 50)]
    [InlineData("extra.jsonl", 90)]
    public void Question_set_passes_with_valid_citations_and_grounded_numbers(string file, int minimumPassed)
    {
        var report = Score(TestEngine.Shared, TestEngine.CorpusFolder, file);
        foreach (var failed in report.Items.Where(i => !i.Passed))
        {
            output.WriteLine($"FAIL {failed.Item.Id} {failed.Item.Question}: {string.Join("; ", failed.Failures)} | {failed.Answer?.Text}");
        }

        Assert.Equal(0, report.InvalidCitations);
        Assert.Equal(0, report.UngroundedNumbers);
        Assert.True(report.Passed >= minimumPassed, $"{report.Passed} of {report.Items.Count} passed; at least {minimumPassed} expected");
    }

    internal static EvaluationReport Score(AnswerEngine engine, string corpusFolder, string file)
    {
        var scorer = new Scorer(GoldSet.ReadCorpus(corpusFolder));
        var items = GoldSet.Read(Path.Combine(AppContext.BaseDirectory, "Eval", file));
        return new EvaluationReport([.. items.Select(item => scorer.Score(item, engine.Ask(new AnswerRequest { Id = item.Id, Question = item.Question, History = item.Context })))]);
    }
}
