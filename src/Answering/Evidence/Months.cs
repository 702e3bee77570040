using System.Text.RegularExpressions;
using Answering.Documents;

namespace Answering.Evidence;

/// <summary>
/// The months a monthly release is about: its columns ('24.9월, '25.9월) and the months its sentences name (9월 말, 9월
/// 구직급여 신규신청자). A question about another month (8월 지급액) is not answered with the month the release holds.
/// </summary>
public static partial class Months
{
    // "'25.9월", "2025.9월": a statistics release's month column carries its year before a dot.
    [GeneratedRegex(@"(?:(?<=(?:^|[^\d])'?\d{2}\.)|(?<=(?:^|[^\d])\d{4}\.)|(?<![~\d.]))(\d{1,2})\s?월")]
    private static partial Regex Month();

    // "2025. 3.", "'25. 3.": a year and month written as a date without 월, as statistics tables head their columns.
    [GeneratedRegex(@"^\s*(?:\d{4}|['’]?\d{2})\.\s?(\d{1,2})\.?\s*$")]
    private static partial Regex DottedMonth();

    // A month in running text, not a date (10월 15일) nor a range's end (1~9월).
    [GeneratedRegex(@"(?<![~\d.])(\d{1,2})\s?월(?!\s?\d{1,2}\s?일)")]
    private static partial Regex MonthInText();

    /// <summary>The month a column or row label names, if it names one.</summary>
    public static int? Of(string label)
    {
        var m = Month().Match(label) is { Success: true } named ? named : DottedMonth().Match(label);
        return m.Success ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>The months a sentence names as its period.</summary>
    public static IReadOnlyList<int> InText(string text) =>
        [.. MonthInText().Matches(text).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Where(m => m is >= 1 and <= 12).Distinct()];

    /// <summary>
    /// The question names a month, the document keeps its figures by month in tables, and neither a table nor a sentence of
    /// it names that month: the document does not hold that month's figures.
    /// </summary>
    public static bool NotHeld(DocumentMatch match)
    {
        var asked = match.Question.Months;
        if (asked.Count == 0)
        {
            return false;
        }
        var monthly = match.Document.Tables.Where(t => t.Columns.Any(c => Of(c.Label) is not null)).ToList();
        return monthly.Count > 0
            && !monthly.Any(t => t.Columns.Any(c => Of(c.Label) is int m && asked.Contains(m)))
            && !match.Document.Passages.Any(p => InText(p.Text).Any(asked.Contains));
    }
}
