using Answering.Contract;
using Evaluation;
using Xunit.Abstractions;

namespace Answering.Tests.Eval;

/// <summary>
/// Runs whole question sets through the engine and scores them with the project's scorer (src/Evaluation, the shared
/// scorer's checks). dev.jsonl is the shared development set; extra.jsonl holds other cells, years, regions, phrasings,
/// English and follow-ups. They guard against regressions: each must keep at least the number of passing items the
/// rewritten engine was measured at, with no invalid citation and no ungrounded number, and a failure names every
/// item that failed and why. Raise a threshold when the engine gets better.
/// </summary>
public sealed class EvalSetTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("dev.jsonl", 49)]
    [InlineData("extra.jsonl", 54)]
    public void Question_set_keeps_its_measured_pass_count_with_valid_citations_and_grounded_numbers(string file, int minimumPassed)
    {
        var report = Score(TestEngine.Shared, TestEngine.CorpusFolder, file);
        var summary = report.Format(showFailures: int.MaxValue);
        output.WriteLine(summary);

        Assert.True(report.InvalidCitations == 0, $"{file}: {report.InvalidCitations} invalid citations\n{summary}");
        Assert.True(report.UngroundedNumbers == 0, $"{file}: {report.UngroundedNumbers} ungrounded numbers\n{summary}");
        Assert.True(report.Passed >= minimumPassed, $"{file}: {report.Passed} of {report.Items.Count} passed; at least {minimumPassed} expected\n{summary}");
    }

    /// <summary>Scores a set in the test output's Eval folder, or at a path of its own ("suite/…" beside the suite documents).</summary>
    internal static EvaluationReport Score(AnswerEngine engine, string corpusFolder, string file)
    {
        var scorer = new Scorer(GoldSet.ReadCorpus(corpusFolder));
        var items = GoldSet.Read(Path.Combine(AppContext.BaseDirectory, file.StartsWith("suite/", StringComparison.Ordinal) ? "" : "Eval", file));
        return new EvaluationReport([.. items.Select(item => scorer.Score(item, engine.Ask(new AnswerRequest { Id = item.Id, Question = item.Question, History = item.Context })))]);
    }
}
