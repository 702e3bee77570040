using Answering.Documents;

namespace Answering.Evidence;

/// <summary>
/// A year the question asks the figure of (2023년 예산, receive in 2023) that none of the evidence found is of: the
/// figures found are of the document's own or another year, and the document does not state the one asked.
/// </summary>
public static class PeriodMissing
{
    public static bool Find(DocumentMatch match, IReadOnlyList<FoundEvidence> evidence)
    {
        // Only a year written out and other than the document's own: 작년보다 marks the base of a change, and a figure
        // that names no year is of the document's own period.
        var asked = match.Years.Where(y => match.Question.Years.Contains(y) && y != match.Document.Profile.Year).ToList();
        return asked.Count > 0 && evidence.Count > 0 && !evidence.Any(e => Carries(e.Table?.Carried ?? e.Figure!.Carried, asked));
    }

    private static bool Carries(Carried carried, IReadOnlyList<int> years) =>
        years.Any(y => carried.Years.Contains(y) || carried.DefaultYear == y);
}
