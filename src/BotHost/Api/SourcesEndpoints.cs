using Corpus;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BotHost.Api;

/// <summary>A line of the document and where it is in the file's own terms ("3쪽 12줄", "표 2 · 3행", "시트1!A5:G5").</summary>
public sealed record SourceLine(int Number, string Text, string? Location = null);

/// <summary>A table around the cited lines: its header rows and data rows with their lines, to show it as a table.</summary>
public sealed record SourceTable(string? Title, string? Unit, IReadOnlyList<IReadOnlyList<string>> HeaderRows, IReadOnlyList<SourceTableRow> Rows);

public sealed record SourceTableRow(int Line, IReadOnlyList<string> Cells, string? Location, bool Cited);

/// <summary>The lines behind a citation (a text file's lines as on disk), the file's format, and the table they are in, if any.</summary>
public sealed record SourceLines(string Doc, int From, int To, IReadOnlyList<SourceLine> Lines)
{
    public string Format { get; init; } = "txt";
    public SourceTable? Table { get; init; }
}

public static class SourcesEndpoints
{
    private const int MaxLines = 200;

    public static RouteHandlerBuilder MapSourcesApi(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/sources/{doc}", GetLines)
            .WithName("Sources")
            .WithSummary("Returns the lines of a corpus document behind a citation (1-based, inclusive).");

    internal static Results<Ok<SourceLines>, ProblemHttpResult> GetLines(string doc, int? from, int? to, CorpusLibrary corpus)
    {
        var document = corpus.Find(doc);
        if (document is null)
        {
            return TypedResults.Problem(detail: ApiProblems.UnknownDocument, statusCode: StatusCodes.Status404NotFound, title: ApiProblems.RequestTitle);
        }
        var first = from ?? 1;
        var last = Math.Min(to ?? document.Lines.Count, document.Lines.Count);
        if (first < 1 || last < first || last - first >= MaxLines)
        {
            return TypedResults.Problem(detail: ApiProblems.InvalidLineRange, statusCode: StatusCodes.Status400BadRequest, title: ApiProblems.RequestTitle);
        }
        var lines = Enumerable.Range(first, last - first + 1).Select(n => new SourceLine(n, document.Lines[n - 1], document.Locations[n - 1])).ToList();
        return TypedResults.Ok(new SourceLines(document.Name, first, last, lines) { Format = document.Format, Table = TableAround(corpus, document, first, last) });
    }

    /// <summary>The parsed table holding the cited lines: header rows as written, each data row with its cells, the cited rows marked.</summary>
    private static SourceTable? TableAround(CorpusLibrary corpus, SourceDocument document, int first, int last)
    {
        var table = corpus.FindParsed(document.Name)?.Tables.FirstOrDefault(t => t.FromLine <= last && first <= t.ToLine);
        if (table is null)
        {
            return null;
        }
        var dataLines = table.Rows.Select(r => r.Line).ToHashSet();
        var headerRows = Enumerable.Range(table.FromLine, table.ToLine - table.FromLine + 1)
            .Where(n => !dataLines.Contains(n))
            .Select(n => (IReadOnlyList<string>)document.Lines[n - 1].Split('\t'))
            .ToList();
        var rows = table.Rows.Select(r => new SourceTableRow(r.Line, r.RawLine.Split('\t'), document.Locations[r.Line - 1], r.Line >= first && r.Line <= last)).ToList();
        return new SourceTable(table.Title, table.Unit, headerRows, rows);
    }
}
