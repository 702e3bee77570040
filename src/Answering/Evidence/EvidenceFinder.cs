using Answering.Documents;
using Answering.Understanding;
using Knowledge.Tables;

namespace Answering.Evidence;

/// <summary>The best place a document states what a question asks: a table selection or a figure of running text.</summary>
public sealed record FoundEvidence(TableSelection? Table, FigureMatch? Figure, double Coverage, double Score)
{
    public bool IsTable => Table is not null;
}

/// <summary>
/// Ranks a document's tables and text figures against a question by how much of it they cover, then by score: a
/// table whose rows and columns were both named beats a sentence that mentions the same words, and text beats a
/// table whose cells had to be guessed.
/// </summary>
public static class EvidenceFinder
{
    public static IReadOnlyList<FoundEvidence> Rank(DocumentMatch match, bool numbersOnly = true) =>
        numbersOnly ? match.RankedEvidence ??= RankAll(match, true) : RankAll(match, false);

    private static IReadOnlyList<FoundEvidence> RankAll(DocumentMatch match, bool numbersOnly)
    {
        var found = new List<FoundEvidence>();
        foreach (var selection in TableQuery.Select(match))
        {
            if (selection.PeriodMismatch)
            {
                continue;
            }
            // A list without a total row, asked to add up, rank or average its rows, holds its numbers in every row.
            var hasNumbers = selection.Cells.Any(c => c.Cell.Value is not null)
                || selection.RowsDefaulted && selection.Rows.Count == 0 && match.Question.Operation is Operation.Sum or Operation.Average or Operation.Rank
                    && selection.Table.Rows.Count(r => selection.Columns.Any(c => selection.Table.Cell(r, c).Value is not null)) >= 2;
            if (numbersOnly && !hasNumbers)
            {
                continue;
            }
            if (!CarriesPlaces(match, selection.Carried))
            {
                continue;
            }
            var coverage = Coverage.Of(match, selection.Carried);
            var score = selection.Score - (selection.RowsDefaulted && selection.Rows.Count == 0 ? 1.5 : 0) - (selection.ColumnsDefaulted ? 0.5 : 0);
            found.Add(new FoundEvidence(selection, null, coverage, score));
        }
        foreach (var figure in FigureSearch.Search(match))
        {
            if (figure.PeriodMismatch || figure.PlaceMismatch)
            {
                continue;
            }
            if (!CarriesPlaces(match, figure.Carried))
            {
                continue;
            }
            var coverage = Coverage.Of(match, figure.Carried);
            found.Add(new FoundEvidence(null, figure, coverage, figure.Score));
        }
        return [.. found.OrderByDescending(f => Band(f.Coverage)).ThenByDescending(f => f.Score).ThenBy(f => f.IsTable ? 0 : 1)];
    }

    /// <summary>Coverage in bands of 0.04: evidence within a band differs by a word's heading credit, not by what it says.</summary>
    public static double Band(double coverage) => Math.Round(coverage * 25);

    /// <summary>A question about a place (경북센터) is not answered by evidence about none of the places it names.</summary>
    private static bool CarriesPlaces(DocumentMatch match, Carried carried) =>
        match.Question.Regions.Count == 0 || match.Question.Regions.Any(carried.Regions.Contains);

    /// <summary>Table selections that hold text (what a row says in a column), for lookups of names, contents and lists.</summary>
    public static IReadOnlyList<(TableSelection Selection, double Coverage)> TextCells(DocumentMatch match) =>
        [.. TableQuery.Select(match)
            .Where(s => !s.PeriodMismatch && CarriesPlaces(match, s.Carried) && s.Columns.Any(c => c.Kind is ColumnKind.Text or ColumnKind.Category or ColumnKind.Key or ColumnKind.Date))
            .Select(s => (s, Coverage.Of(match, s.Carried)))
            .OrderByDescending(s => Band(s.Item2)).ThenByDescending(s => s.s.Score)];
}
