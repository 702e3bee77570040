using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Answering.Contract;

namespace Answering.Tests.Eval;

/// <summary>A gold item of an evaluation set (the shared scorer's format).</summary>
internal sealed record EvalItem(string Id, string Question, IReadOnlyList<string> Context, JsonElement Expect);

/// <summary>
/// The shared scorer's checks, ported: expected numbers (text or figures, within tolerance), include_any groups,
/// exclusions, verdict, eligible, answerable, an overlapping citation, valid quotes, and no ungrounded numbers.
/// </summary>
internal sealed partial class EvalScorer(IReadOnlyDictionary<string, string[]> corpus)
{
    [GeneratedRegex(@"(?<![\d.])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    private readonly HashSet<double> _corpusNumbers = [.. corpus.Values.SelectMany(lines => NumbersIn(string.Join("\n", lines))).Select(n => Math.Round(n, 6))];

    public static IReadOnlyList<EvalItem> Load(string path) =>
        [.. File.ReadAllLines(path).Where(l => l.Trim().Length > 0).Select(l =>
        {
            var item = JsonDocument.Parse(l).RootElement;
            var context = item.TryGetProperty("context", out var c) ? c.EnumerateArray().Select(x => x.GetString()!).ToList() : [];
            return new EvalItem(item.GetProperty("id").GetString()!, item.GetProperty("question").GetString()!, context, item.GetProperty("expect").Clone());
        })];

    public static EvalScorer ForFolder(string folder) =>
        new(Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories).ToDictionary(f => Path.GetFileName(f), f => File.ReadAllText(f).Split('\n')));

    /// <summary>Failed checks of one answer, plus its invalid citations and ungrounded numbers.</summary>
    public (List<string> Failures, int InvalidCitations, int UngroundedNumbers) Score(EvalItem item, Answer answer)
    {
        var failures = new List<string>();
        var expect = item.Expect;
        var figures = answer.Figures.Select(f => f.Value).ToList();
        var have = NumbersIn(answer.Text).Concat(figures).ToList();
        if (expect.TryGetProperty("numbers", out var numbers))
        {
            foreach (var n in numbers.EnumerateArray())
            {
                var value = n.GetProperty("value").GetDouble();
                var tol = n.TryGetProperty("tol", out var t) ? t.GetDouble() : 0;
                if (!have.Any(h => Math.Abs(h - value) <= tol + 1e-9))
                {
                    failures.Add($"numbers: missing {value}");
                }
            }
        }
        var text = Norm(answer.Text);
        if (expect.TryGetProperty("include_any", out var groups))
        {
            foreach (var group in groups.EnumerateArray())
            {
                var options = group.EnumerateArray().Select(g => g.GetString()!).ToList();
                if (!options.Any(o => text.Contains(Norm(o), StringComparison.Ordinal)))
                {
                    failures.Add($"include_any: none of {string.Join(", ", options)}");
                }
            }
        }
        if (expect.TryGetProperty("exclude", out var exclude))
        {
            failures.AddRange(exclude.EnumerateArray().Select(e => e.GetString()!).Where(e => text.Contains(Norm(e), StringComparison.Ordinal)).Select(e => $"exclude: has {e}"));
        }
        Compare(expect, "verdict", answer.Verdict, failures);
        Compare(expect, "eligible", answer.Eligible, failures);
        if (expect.TryGetProperty("answerable", out var answerable) && answerable.GetBoolean() != answer.Answerable)
        {
            failures.Add($"answerable: got {answer.Answerable}");
        }
        var absent = new[] { "verdict", "eligible" }.Any(k => expect.TryGetProperty(k, out var v) && v.GetString() == "not_in_document");
        var expectAnswerable = !expect.TryGetProperty("answerable", out var a) || a.GetBoolean();
        if (expect.TryGetProperty("cite_lines", out var citeLines) && expectAnswerable && !absent)
        {
            var ranges = citeLines.EnumerateArray().Select(r => (From: r[0].GetInt32(), To: r[1].GetInt32())).ToList();
            if (!answer.Citations.Any(c => ranges.Any(r => c.Lines.From <= r.To && r.From <= c.Lines.To)))
            {
                failures.Add("cites: none overlaps the expected lines");
            }
        }
        var invalid = answer.Citations.Count(c => !IsValid(c));
        var allowed = new HashSet<double>(_corpusNumbers);
        allowed.UnionWith(figures.Select(f => Math.Round(f, 6)));
        allowed.UnionWith(NumbersIn(item.Question));
        allowed.UnionWith(item.Context.SelectMany(NumbersIn));
        var ungrounded = NumbersIn(answer.Text).Count(x => !allowed.Contains(Math.Round(x, 6)) && !figures.Any(f => Math.Abs(x - f) <= 0.051) && !(x is >= 2000 and <= 2099 && allowed.Contains(Math.Round(x - 2000, 6))));
        return (failures, invalid, ungrounded);
    }

    public bool IsValid(Citation citation)
    {
        var lines = corpus.GetValueOrDefault(Path.GetFileName(citation.Doc)) ?? (corpus.Count == 1 ? corpus.Values.First() : null);
        if (lines is null || citation.Lines.From < 1 || citation.Lines.To < citation.Lines.From || citation.Lines.To > lines.Length)
        {
            return false;
        }
        var quote = Norm(citation.Quote);
        return quote.Length == 0 || Norm(string.Join("\n", lines[(citation.Lines.From - 1)..citation.Lines.To])).Contains(quote, StringComparison.Ordinal);
    }

    private static void Compare(JsonElement expect, string key, string? actual, List<string> failures)
    {
        if (expect.TryGetProperty(key, out var wanted) && wanted.GetString() != actual)
        {
            failures.Add($"{key}: got {actual ?? "null"}, want {wanted.GetString()}");
        }
    }

    private static string Norm(string text) => Spaces().Replace(text.Normalize(NormalizationForm.FormKC), "").ToLowerInvariant();

    private static IEnumerable<double> NumbersIn(string text)
    {
        foreach (Match m in NumberPattern().Matches(text.Normalize(NormalizationForm.FormKC)))
        {
            yield return double.Parse(m.Groups[1].Value.Replace(",", "", StringComparison.Ordinal) + m.Groups[2].Value, CultureInfo.InvariantCulture);
        }
    }
}
