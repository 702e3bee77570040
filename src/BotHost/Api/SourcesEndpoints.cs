using Corpus;
using Corpus.Model;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BotHost.Api;

public static class SourcesEndpoints
{
    private const int MaxLines = 200;
    private const int MaxContextLines = 10;

    public static RouteHandlerBuilder MapSourcesApi(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/sources/{doc}", GetLines)
            .WithName("Sources")
            .WithSummary("Returns the lines of a corpus document behind a citation (1-based, inclusive), up to 10 context lines around them, and the table they are in.");

    /// <param name="context">Lines to add before and after the cited ones; they are not marked cited and do not choose the table.</param>
    internal static Results<Ok<SourceLines>, ProblemHttpResult> GetLines(string doc, int? from, int? to, int? context, CorpusLibrary corpus)
    {
        var document = corpus.Find(doc);
        if (document is null)
        {
            return TypedResults.Problem(detail: ApiProblems.UnknownDocument, statusCode: StatusCodes.Status404NotFound, title: ApiProblems.RequestTitle);
        }
        var first = from ?? 1;
        var last = Math.Min(to ?? document.Lines.Count, document.Lines.Count);
        if (first < 1 || last < first || last - first >= MaxLines || context is < 0 or > MaxContextLines)
        {
            return TypedResults.Problem(detail: ApiProblems.InvalidLineRange, statusCode: StatusCodes.Status400BadRequest, title: ApiProblems.RequestTitle);
        }
        var around = context ?? 0;
        var shownFrom = Math.Max(1, first - around);
        var shownTo = Math.Min(document.Lines.Count, last + around);
        var lines = Enumerable.Range(shownFrom, shownTo - shownFrom + 1)
            .Select(n => new SourceLine(n, document.Lines[n - 1], document.Locations[n - 1]))
            .ToList();
        var table = corpus.FindParsed(document.Name)?.Tables.FirstOrDefault(t => t.FromLine <= last && first <= t.ToLine);
        return TypedResults.Ok(new SourceLines(document.Name, first, last, lines)
        {
            Format = document.Format,
            Table = table is null ? null : ToSourceTable(table, document, first, last),
        });
    }

    /// <summary>The parsed table with its header rows as written and each data row's cells, rows first..last marked cited.</summary>
    private static SourceTable ToSourceTable(DocumentTable table, SourceDocument document, int first, int last)
    {
        var dataLines = table.Rows.Select(r => r.Line).ToHashSet();
        var headerRows = Enumerable.Range(table.FromLine, table.ToLine - table.FromLine + 1)
            .Where(n => !dataLines.Contains(n))
            .Select(n => (IReadOnlyList<string>)document.Lines[n - 1].Split('\t'))
            .ToList();
        var rows = table.Rows
            .Select(r => new SourceTableRow(r.Line, r.RawLine.Split('\t'), document.Locations[r.Line - 1], r.Line >= first && r.Line <= last))
            .ToList();
        var columns = Enumerable.Range(0, table.ColumnPaths.Count).Select(table.ColumnName).ToList();
        return new SourceTable(table.Title, table.Unit, table.TitleLine, table.FromLine, table.ToLine, table.RowHeaderWidth, columns, headerRows, rows);
    }
}
