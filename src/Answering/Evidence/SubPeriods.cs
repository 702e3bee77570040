using System.Text.RegularExpressions;

namespace Answering.Evidence;

/// <summary>
/// Parts of a year a statistics release keeps apart (1분기, 2분기, 상반기, 하반기): a column under "2분기" is not the
/// answer to a question about 1분기, and a question that names a quarter means it rather than the half holding it.
/// </summary>
public static partial class SubPeriods
{
    [GeneratedRegex(@"(?<![\d~])([1-4])(?:\s?[·,ㆍ]\s?([1-4]))?\s?분기")]
    private static partial Regex Quarter();

    [GeneratedRegex(@"(상|하)\s?반기")]
    private static partial Regex Half();

    [GeneratedRegex(@"(?i)\b(?:Q([1-4])|([1-4])Q)\b")]
    private static partial Regex QuarterCode();

    /// <summary>The parts of a year a text names: "Q1".."Q4" for quarters, "H1"/"H2" for halves.</summary>
    public static IReadOnlySet<string> In(string text)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in Quarter().Matches(text))
        {
            found.Add("Q" + m.Groups[1].Value);
            if (m.Groups[2].Success)
            {
                found.Add("Q" + m.Groups[2].Value);
            }
        }
        foreach (Match m in QuarterCode().Matches(text))
        {
            found.Add("Q" + (m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value));
        }
        foreach (Match m in Half().Matches(text))
        {
            found.Add(m.Groups[1].Value == "상" ? "H1" : "H2");
        }
        return found;
    }

    /// <summary>The words a text names parts of the year with, as written ("상반기", "2분기").</summary>
    public static IReadOnlyList<string> Words(string text) =>
        [.. Quarter().Matches(text).Concat(Half().Matches(text)).Concat(QuarterCode().Matches(text)).OrderBy(m => m.Index).Select(m => m.Value)];

    /// <summary>How well a header's parts of the year fit the asked ones: a quarter asked and held counts more than a half.</summary>
    public static double Fit(IReadOnlySet<string> header, IReadOnlySet<string> asked) =>
        header.Where(asked.Contains).Sum(p => p[0] == 'Q' ? 2.5 : 1.5);
}
