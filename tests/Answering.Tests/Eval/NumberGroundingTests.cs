using Answering.Composing;
using Answering.Contract;
using Evaluation;

namespace Answering.Tests.Eval;

/// <summary>
/// The contract's rule, checked strictly over the question sets: every number an answer states (stage names
/// and the asker's own numbers aside) is written in one of the lines it cites or is one of its figures — a
/// number from an uncited line, however true, is not grounded.
/// </summary>
public sealed class NumberGroundingTests
{
    [Theory]
    [InlineData("dev.jsonl")]
    [InlineData("extra.jsonl")]
    public void Every_number_in_an_answer_is_in_a_cited_line_or_a_figure(string file)
    {
        var corpus = TestEngine.Shared.Corpus;
        var problems = new List<string>();
        foreach (var item in GoldSet.Read(Path.Combine(AppContext.BaseDirectory, "Eval", file)))
        {
            var answer = TestEngine.Shared.Ask(new AnswerRequest { Id = item.Id, Question = item.Question, History = item.Context });
            var cited = answer.Citations.SelectMany(c => Enumerable.Range(c.Lines.From, c.Lines.To - c.Lines.From + 1).Select(n => corpus.FindParsed(c.Doc)?.Line(n) ?? ""));
            var grounded = cited.SelectMany(NumberGrounding.Values)
                .Concat(answer.Figures.SelectMany(f => NumberGrounding.Values(f.Formula ?? "").Append(Math.Round((decimal)f.Value, 6))))
                .Concat(NumberGrounding.AskerValues(item.Context.Append(item.Question)))
                .ToHashSet();
            problems.AddRange(NumberGrounding.Stated(answer.Text).Where(n => !grounded.Contains(n.Value)).Select(n => $"{item.Id}: {n.Value} in “{answer.Text}”"));
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void A_stage_year_from_an_uncited_header_gets_its_line_cited()
    {
        var answer = TestEngine.Ask("대전 클러스터 과제는 뭐예요?");

        Assert.Contains("'18", answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("'18", StringComparison.Ordinal));
    }
}
