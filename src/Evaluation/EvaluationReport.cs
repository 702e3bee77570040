using System.Text;

namespace Evaluation;

/// <summary>The totals the shared scorer prints: per kind, invalid citations, ungrounded numbers, pass rate.</summary>
public sealed record EvaluationReport(IReadOnlyList<ItemScore> Items)
{
    public int Passed => Items.Count(i => i.Passed);
    public double PassRate => Math.Round(100.0 * Passed / Math.Max(Items.Count, 1), 1, MidpointRounding.AwayFromZero);
    public int Citations => Items.Sum(i => i.Answer?.Citations.Count ?? 0);
    public int InvalidCitations => Items.Sum(i => i.InvalidCitations);
    public int UngroundedNumbers => Items.Sum(i => i.UngroundedNumbers);

    public IEnumerable<(string Kind, int Total, int Passed)> ByKind =>
        Items.GroupBy(i => i.Item.Kind).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count(), g.Count(i => i.Passed)));

    public string Format(int showFailures = 15)
    {
        var text = new StringBuilder();
        foreach (var failure in Items.Where(i => !i.Passed).Take(showFailures))
        {
            text.AppendLine($"FAIL {failure.Item.Id}: {failure.Item.Question}");
            foreach (var reason in failure.Failures)
            {
                text.AppendLine($"    {reason}");
            }
            var said = failure.Answer?.Text ?? "";
            text.AppendLine($"    answer: {(said.Length > 200 ? said[..200] : said)}");
        }
        text.AppendLine();
        foreach (var (kind, total, passed) in ByKind)
        {
            text.AppendLine($"{kind,-14} {passed,3}/{total,3}");
        }
        text.AppendLine($"invalid citations: {InvalidCitations} of {Citations}; ungrounded numbers: {UngroundedNumbers}");
        text.AppendLine($"passed {Passed} of {Items.Count} ({PassRate:0.0}%)");
        return text.ToString();
    }
}
