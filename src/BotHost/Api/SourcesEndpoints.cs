using Corpus;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BotHost.Api;

public sealed record SourceLine(int Number, string Text);

/// <summary>The lines behind a citation, as they are on disk.</summary>
public sealed record SourceLines(string Doc, int From, int To, IReadOnlyList<SourceLine> Lines);

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
        var lines = Enumerable.Range(first, last - first + 1).Select(n => new SourceLine(n, document.Lines[n - 1])).ToList();
        return TypedResults.Ok(new SourceLines(document.Name, first, last, lines));
    }
}
