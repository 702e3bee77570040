using Answering.Contract;
using Xunit.Abstractions;

namespace Answering.Tests.Eval;

/// <summary>
/// Runs whole question sets through the engine and scores them as the shared scorer does. dev.jsonl is the
/// shared development set; extra.jsonl holds other cells, years, regions, phrasings, English and follow-ups.
/// Both must stay at the pass rate reached, with no invalid citation and no ungrounded number.
/// </summary>
public sealed class EvalSetTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("dev.jsonl", 50)]
    [InlineData("extra.jsonl", 64)]
    public void Question_set_passes_with_valid_citations_and_grounded_numbers(string file, int minimumPassed)
    {
        var items = EvalScorer.Load(Path.Combine(AppContext.BaseDirectory, "Eval", file));
        var scorer = EvalScorer.ForFolder(TestEngine.CorpusFolder);
        var passed = 0;
        var invalid = 0;
        var ungrounded = 0;
        foreach (var item in items)
        {
            var answer = TestEngine.Shared.Ask(new AnswerRequest { Id = item.Id, Question = item.Question, History = item.Context });
            var (failures, badCitations, badNumbers) = scorer.Score(item, answer);
            invalid += badCitations;
            ungrounded += badNumbers;
            if (failures.Count == 0 && badCitations == 0 && badNumbers == 0)
            {
                passed++;
            }
            else
            {
                output.WriteLine($"FAIL {item.Id} {item.Question}: {string.Join("; ", failures)} | {answer.Text}");
            }
        }

        Assert.Equal(0, invalid);
        Assert.Equal(0, ungrounded);
        Assert.True(passed >= minimumPassed, $"{passed} of {items.Count} passed; at least {minimumPassed} expected");
    }
}
