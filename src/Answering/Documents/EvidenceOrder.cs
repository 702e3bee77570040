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

    /// <summary>How close a document's fit must be to the first's for the figure a claim states to decide between them.</summary>
    private const double CloseFit = 0.5;

    /// <summary>
    /// A claim stating a figure (2단계 총사업비가 1,306억원이라고 보도해도 되나요?) is about the document that writes that figure: when
    /// the first document writes none of the claim's figures and one nearly as fitting does, that one comes first.
    /// </summary>
    public static IReadOnlyList<DocumentMatch> ClaimedFigureFirst(IReadOnlyList<DocumentMatch> documents)
    {
        if (documents.Count < 2 || !documents[0].Question.IsClaim)
        {
            return documents;
        }
        var question = documents[0].Question;
        var figures = question.Quantities.Where(q => q.Unit != Corpus.Quantities.Units.None && (q.Value >= 100 || q.Value % 1 != 0))
            .Select(q => Written(q.Value)).ToList();
        if (figures.Count == 0 || Writes(documents[0], figures))
        {
            return documents;
        }
        var writer = documents.Skip(1).Take(3).FirstOrDefault(d => d.Score >= documents[0].Score * CloseFit && Writes(d, figures));
        return writer is null ? documents : [writer, .. documents.Where(d => d != writer)];
    }

    /// <summary>A number as a document may write it, with or without thousands separators (1,306 or 1306).</summary>
    private static System.Text.RegularExpressions.Regex Written(double value)
    {
        var plain = value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
        var parts = plain.Split('.');
        var whole = parts[0];
        var grouped = new System.Text.StringBuilder();
        for (var i = 0; i < whole.Length; i++)
        {
            if (i > 0 && (whole.Length - i) % 3 == 0)
            {
                grouped.Append(",?");
            }
            grouped.Append(whole[i]);
        }
        var fraction = parts.Length > 1 ? @"\." + parts[1] : "";
        return new System.Text.RegularExpressions.Regex($@"(?<![\d.,]){grouped}{fraction}(?![\d]|[.,]\d)");
    }

    private static bool Writes(DocumentMatch match, IReadOnlyList<System.Text.RegularExpressions.Regex> figures) =>
        figures.Any(f => match.Document.Document.Lines.Any(l => f.IsMatch(l)));

    private static double Best(DocumentMatch match) => EvidenceFinder.Rank(match) is { Count: > 0 } ranked ? ranked[0].Coverage : 0;
}
