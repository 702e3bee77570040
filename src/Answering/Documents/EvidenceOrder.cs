using Answering.Evidence;

namespace Answering.Documents;

/// <summary>
/// Among documents a question fits almost equally by its words ("2단계 R&amp;D 예산 총액" in a corpus of two budget
/// releases), the one that states what is asked: a document whose table or sentence carries clearly more of the
/// question comes first, though another names more of its words.
/// </summary>
public static class EvidenceOrder
{
    /// <summary>How much more of the question (in coverage bands of 0.04) the other document's evidence must carry.</summary>
    private const double ClearlyMore = 3;

    /// <summary>How much of the question evidence must carry to count at all.</summary>
    private const double Enough = 0.7;

    public static IReadOnlyList<DocumentMatch> Rerank(IReadOnlyList<DocumentMatch> documents)
    {
        if (documents.Count < 2)
        {
            return documents;
        }
        var first = Best(documents[0]);
        var challenger = documents.Skip(1).Take(3).Select(d => (Match: d, Coverage: Best(d))).OrderByDescending(d => d.Coverage).First();
        if (challenger.Coverage < Enough || EvidenceFinder.Band(challenger.Coverage) - EvidenceFinder.Band(first) < ClearlyMore)
        {
            return documents;
        }
        return [challenger.Match, .. documents.Where(d => d != challenger.Match)];
    }

    private static double Best(DocumentMatch match) => EvidenceFinder.Rank(match) is { Count: > 0 } ranked ? ranked[0].Coverage : 0;
}
