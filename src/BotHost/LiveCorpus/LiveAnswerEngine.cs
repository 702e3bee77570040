using Answering;
using Answering.Contract;
using Answering.Tools;

namespace BotHost.LiveCorpus;

/// <summary>The engine of the current snapshot, looked up at every call, so services that keep an engine (the Kernel's plugins) follow reloads.</summary>
public sealed class LiveAnswerEngine(ICorpusSnapshot snapshot) : IAnswerEngine, IEngineTools
{
    private AnswerEngine Engine => snapshot.Current.Engine;

    public Answer Ask(AnswerRequest request) => Engine.Ask(request);

    public Answer SearchPassages(string query, int maxResults = 5) => Engine.SearchPassages(query, maxResults);

    public Answer ReadTableCell(string row, string column, string? table = null) => Engine.ReadTableCell(row, column, table);

    public Answer Compute(string operation, IReadOnlyList<CellReference> inputs, double? divisor = null) => Engine.Compute(operation, inputs, divisor);

    public Answer CheckEligibility(string situation) => Engine.CheckEligibility(situation);

    public Answer VerifyClaim(string claim) => Engine.VerifyClaim(claim);

    public Answer ListRows(string? table = null, string? filter = null) => Engine.ListRows(table, filter);
}
