using Answering;
using Answering.Contract;
using Answering.Tools;
using Corpus;

namespace KernelPlugins.Tests.Fakes;

/// <summary>
/// A stand-in engine that answers with the corpus line sharing the most two-letter pieces with the question,
/// cited. Enough for the LLM-mode tests to have real evidence; the real engine's behaviour is tested in Answering.Tests.
/// </summary>
public sealed class CorpusStubEngine(CorpusLibrary corpus) : IAnswerEngine, IEngineTools
{
    public static CorpusStubEngine FromTestCorpus() => new(CorpusLibrary.Load(Path.Combine(AppContext.BaseDirectory, "corpus")));

    public Answer Ask(AnswerRequest request) => request.Question.Any(char.IsLetterOrDigit)
        ? SearchPassages(request.Question, 1) with { Question = request.Question }
        : new Answer { Question = request.Question, Text = "질문을 읽을 수 없어요. 다시 적어 주시겠어요?", Language = "ko", Kind = AnswerKinds.Invalid };

    public Answer SearchPassages(string query, int maxResults = 5)
    {
        var document = corpus.Documents[0];
        var pieces = Pieces(query);
        var best = document.Lines
            .Select((line, index) => (Line: line.Trim(), Number: index + 1, Score: Pieces(line).Count(pieces.Contains)))
            .Where(candidate => candidate.Line.Length > 0)
            .MaxBy(candidate => candidate.Score);
        return new Answer
        {
            Question = query,
            Text = $"보도자료에는 \"{best.Line}\"라고 나와 있습니다. [1]",
            Language = "ko",
            Kind = "lookup",
            Answerable = true,
            Citations = [new Citation { Doc = document.Name, Lines = LineRange.Single(best.Number), Quote = best.Line }],
        };
    }

    public Answer ReadTableCell(string row, string column, string? table = null) => SearchPassages($"{row} {column}");

    public Answer Compute(string operation, IReadOnlyList<CellReference> inputs, double? divisor = null) => SearchPassages(operation);

    public Answer CheckEligibility(string situation) => SearchPassages(situation);

    public Answer VerifyClaim(string claim) => SearchPassages(claim);

    public Answer ListRows(string? table = null, string? filter = null) => SearchPassages($"{table} {filter}");

    private static HashSet<string> Pieces(string text) =>
        [.. Enumerable.Range(0, Math.Max(0, text.Length - 1)).Select(i => text.Substring(i, 2)).Where(p => !p.Any(char.IsWhiteSpace))];
}
