using Answering.Documents;
using Answering.Understanding;

namespace Answering.Evidence;

/// <summary>
/// The measure a quantity question asks for (민간부담금, 수입액, 가격) carried by none of the evidence found: the figures
/// found are of something else, and the document does not state the one asked.
/// </summary>
public static class MeasureMissing
{
    public static bool Find(DocumentMatch match, IReadOnlyList<FoundEvidence> evidence)
    {
        // A word of the document's own name is carried by the document itself.
        var measure = AskedMeasure.Terms(match.Question).Where(t => !match.IsNaming(t)).ToList();
        if (measure.Count == 0)
        {
            return false;
        }
        return !evidence.Any(e => measure.Any(t => Carries(e, t)));
    }

    private static bool Carries(FoundEvidence evidence, string term)
    {
        var carried = evidence.Table?.Carried ?? evidence.Figure!.Carried;
        if (carried.Credit(term) >= 0.5)
        {
            return true;
        }
        // 증가액 asked of a column headed 증가 (억원): the word without its ending names the same measure.
        if (AskedMeasure.Stem(term) is { } stem && carried.Credit(stem) >= 0.5)
        {
            return true;
        }
        return evidence.Table is { Table: var table }
            && (table.TitleTermSet.Contains(term) || table.Rows.Any(r => r.Terms.Contains(term)) || table.Columns.Any(c => c.Terms.Contains(term)));
    }
}
