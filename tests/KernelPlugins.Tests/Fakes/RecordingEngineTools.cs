using Answering;
using Answering.Contract;
using Answering.Tools;

namespace KernelPlugins.Tests.Fakes;

/// <summary>Engine tools that remember how they were called and answer with a description of the call.</summary>
public sealed class RecordingEngineTools : IEngineTools, IAnswerEngine
{
    public List<string> Calls { get; } = [];

    public Answer SearchPassages(string query, int maxResults = 5) => Record($"search {query} {maxResults}");

    public Answer ReadTableCell(string row, string column, string? table = null) => Record($"cell {row} / {column} / {table}");

    public Answer Compute(string operation, IReadOnlyList<CellReference> inputs, double? divisor = null) =>
        Record($"{operation} {string.Join(" + ", inputs.Select(i => $"{i.Row}|{i.Column}|{i.Table}"))} / {divisor}");

    public Answer CheckEligibility(string situation) => Record($"eligibility {situation}");

    public Answer VerifyClaim(string claim) => Record($"verify {claim}");

    public Answer ListRows(string? table = null, string? filter = null) => Record($"rows {table} / {filter}");

    public Answer Ask(AnswerRequest request) => Record($"ask {request.Question} [{string.Join(", ", request.History)}] {request.Mode}");

    private Answer Record(string call)
    {
        Calls.Add(call);
        return new Answer { Question = call, Text = call, Language = "ko", Kind = "lookup" };
    }
}
