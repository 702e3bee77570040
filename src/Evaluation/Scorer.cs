using Answering.Contract;

namespace Evaluation;

/// <summary>
/// The shared scorer's checks (numbers, include_any, exclude, verdict, eligible, answerable, cites) and its
/// corpus-wide counts (invalid citations, ungrounded numbers), so <c>eval</c> reports the same figures.
/// </summary>
public sealed class Scorer
{
    private readonly IReadOnlyDictionary<string, string[]> _documents;
    private readonly HashSet<double> _corpusNumbers;

    /// <param name="documents">Each corpus file's name and its lines as on disk.</param>
    public Scorer(IReadOnlyDictionary<string, string[]> documents)
    {
        _documents = documents;
        _corpusNumbers = documents.Values
            .SelectMany(lines => TextNumbers.NumbersIn(string.Join("\n", lines)))
            .Select(Round6)
            .ToHashSet();
    }

    public ItemScore Score(GoldItem item, Answer? answer)
    {
        if (answer is null)
        {
            return new ItemScore(item, null, ["missing answer"], 0, 0);
        }
        var expect = item.Expect;
        var text = answer.Text ?? "";
        var figures = answer.Figures.Select(f => f.Value).ToList();
        var have = TextNumbers.NumbersIn(text).Concat(figures).ToList();
        var fails = new List<string>();

        foreach (var number in expect.Numbers)
        {
            if (!have.Any(h => Near(h, number.Value, number.Tol)))
            {
                fails.Add($"numbers: missing {number.Value}{number.Unit}");
            }
        }
        var normalized = TextNumbers.Normalize(text);
        foreach (var group in expect.IncludeAny)
        {
            if (!group.Any(g => normalized.Contains(TextNumbers.Normalize(g), StringComparison.Ordinal)))
            {
                fails.Add($"include_any: none of [{string.Join(", ", group)}]");
            }
        }
        foreach (var excluded in expect.Exclude)
        {
            if (normalized.Contains(TextNumbers.Normalize(excluded), StringComparison.Ordinal))
            {
                fails.Add($"exclude: has '{excluded}'");
            }
        }
        CheckEqual("verdict", expect.Verdict, answer.Verdict, expect.Verdict is not null, fails);
        CheckEqual("eligible", expect.Eligible, answer.Eligible, expect.Eligible is not null, fails);
        if (expect.Answerable is bool answerable && answer.Answerable != answerable)
        {
            fails.Add($"answerable: got {answer.Answerable}, want {answerable}");
        }

        var absent = expect.Verdict == Verdicts.NotInDocument || expect.Eligible == Eligibility.NotInDocument;
        if (expect.CiteLines.Count > 0 && (expect.Answerable ?? true) && !absent
            && !answer.Citations.Any(c => Overlaps(c, expect.CiteLines, expect.CiteDoc)))
        {
            fails.Add($"cites: none overlaps {string.Join(" ", expect.CiteLines.Select(r => $"[{r[0]}, {r[1]}]"))}");
        }

        var invalid = answer.Citations.Count(c => !IsValid(c));
        var ungrounded = Ungrounded(item, text, figures);
        if (invalid > 0)
        {
            fails.Add($"invalid citations: {invalid}");
        }
        if (ungrounded.Count > 0)
        {
            fails.Add($"ungrounded numbers: [{string.Join(", ", ungrounded.Take(5))}]");
        }
        return new ItemScore(item, answer, fails, invalid, ungrounded.Count);
    }

    public bool IsValid(Citation citation)
    {
        var lines = LinesOf(citation.Doc);
        var (from, to) = (citation.Lines.From, citation.Lines.To);
        if (lines is null || from < 1 || to < from || to > lines.Length)
        {
            return false;
        }
        var quote = TextNumbers.Normalize(citation.Quote);
        return quote.Length == 0
            || TextNumbers.Normalize(string.Join("\n", lines[(from - 1)..to])).Contains(quote, StringComparison.Ordinal);
    }

    private List<double> Ungrounded(GoldItem item, string text, List<double> figures)
    {
        var allowed = new HashSet<double>(_corpusNumbers);
        allowed.UnionWith(figures.Select(Round6));
        foreach (var said in item.Context.Append(item.Question))
        {
            allowed.UnionWith(TextNumbers.NumbersIn(said).Select(Round6));
        }
        return TextNumbers.NumbersIn(text)
            .Where(x => !allowed.Contains(Round6(x))
                && !figures.Any(f => Near(x, f, 0.051))
                && !(x is >= 2000 and <= 2099 && allowed.Contains(Round6(x - 2000))))
            .ToList();
    }

    private string[]? LinesOf(string? doc)
    {
        var name = Path.GetFileName(doc ?? "");
        if (name.Length > 0 && _documents.TryGetValue(name, out var lines))
        {
            return lines;
        }
        return _documents.Count == 1 ? _documents.Values.First() : null;
    }

    private static bool Overlaps(Citation citation, IReadOnlyList<int[]> ranges, string? doc) =>
        (doc is null || Path.GetFileName(citation.Doc) == doc)
        && ranges.Any(r => citation.Lines.From <= r[1] && r[0] <= citation.Lines.To);

    private static void CheckEqual(string key, string? want, string? got, bool applies, List<string> fails)
    {
        if (applies && want != got)
        {
            fails.Add($"{key}: got {got ?? "None"}, want {want}");
        }
    }

    private static bool Near(double x, double y, double tol) => Math.Abs(x - y) <= tol + 1e-9;

    private static double Round6(double value) => Math.Round(value, 6);
}

public sealed record ItemScore(GoldItem Item, Answer? Answer, IReadOnlyList<string> Failures, int InvalidCitations, int UngroundedNumbers)
{
    public bool Passed => Failures.Count == 0;
}
