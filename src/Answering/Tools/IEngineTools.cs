using Answering.Contract;

namespace Answering.Tools;

/// <summary>
/// The engine's capabilities one at a time, for callers that compose answers themselves
/// (Semantic Kernel plugins, a language model). Every result is a partial <see cref="Answer"/>:
/// its figures and citations are what a caller may state and cite.
/// </summary>
public interface IEngineTools
{
    /// <summary>The passages and table rows that best match <paramref name="query"/>, as citations with their quotes.</summary>
    Answer SearchPassages(string query, int maxResults = 5);

    /// <summary>One table cell by its row and column header words (e.g. "R&amp;D", "2단계 소계"); <paramref name="table"/> narrows by title.</summary>
    Answer ReadTableCell(string row, string column, string? table = null);

    /// <summary>growth, share, difference, sum, average or ratio over table cells, with formula and cited inputs.</summary>
    Answer Compute(string operation, IReadOnlyList<CellReference> inputs, double? divisor = null);

    /// <summary>A verdict (yes / no / depends / not_in_document) for a described situation, with the rule cited.</summary>
    Answer CheckEligibility(string situation);

    /// <summary>A verdict (supported / refuted / not_in_document / conflicting) for a claim, with the evidence.</summary>
    Answer VerifyClaim(string claim);

    /// <summary>
    /// The rows of a table whose headers or cells carry <paramref name="filter"/>'s words; <paramref name="table"/> narrows
    /// by title. Both null lists the tables themselves.
    /// </summary>
    Answer ListRows(string? table = null, string? filter = null);
}

/// <summary>A table cell named by its headers, as a person would name it.</summary>
public sealed record CellReference(string Row, string Column, string? Table = null);
