using Answering.Understanding;
using Knowledge;
using Knowledge.Documents;
using Knowledge.Index;
using Knowledge.Language;

namespace Answering.Documents;

/// <summary>
/// Chooses the documents a question is about from what it names: programme and title words count most, then words
/// few documents use, then a year that matches a document's date. A question that fits several documents equally
/// (누구한테 연락하면 되나요?) keeps them all, so it can be answered for each.
/// </summary>
public static class DocumentSelector
{
    private const double Tie = 0.8;

    public static IReadOnlyList<DocumentMatch> Select(KnowledgeBase knowledge, Question question, string? previous = null, FollowUps.Turn? turn = null)
    {
        if (knowledge.Count == 0)
        {
            return [];
        }
        var weights = new TermWeights(question.Terms.Select(knowledge.DocumentIdf).ToArray());
        var scored = knowledge.Candidates(Query(question), previous).Select(d => (Document: d, Score: Score(d, question, weights))).OrderByDescending(s => s.Score).ToList();
        if (scored.Count == 0)
        {
            return [];
        }
        var best = scored[0].Score;
        if (previous is not null && knowledge.Find(previous) is { } earlier)
        {
            var earlierScore = scored.First(s => s.Document.Name == earlier.Name).Score;
            // A follow-up stays with the earlier document unless it names another one clearly.
            if (earlierScore >= best * 0.6 || best < 4)
            {
                return [new DocumentMatch(earlier, question, earlierScore) { Previous = turn }];
            }
        }
        if (best <= 0)
        {
            return [.. scored.Select(s => new DocumentMatch(s.Document, question, s.Score))];
        }
        return [.. scored.TakeWhile(s => s.Score >= best * Tie).Select(s => new DocumentMatch(s.Document, question, s.Score))];
    }

    /// <summary>
    /// What an index needs to find the candidates among many documents. It scores naming terms, names written compact
    /// and the year as <see cref="Score"/> does; the slack is the most the rest of <see cref="Score"/> can add.
    /// </summary>
    private static DocumentQuery Query(Question question) => new(question.Terms, question.Compact, question.Years)
    {
        Slack = 3 + (question.Years.Count > 0 ? 1.5 : 0) + 2.5 * question.Stages.Count + 0.5 * question.Regions.Count + question.Quantities.Count(q => q.Unit != Corpus.Quantities.Units.None),
    };

    /// <summary>Each question term's <see cref="KnowledgeBase.DocumentIdf"/>, in question order, and their sum: the same for every candidate.</summary>
    private sealed record TermWeights(double[] Idf)
    {
        public double Total { get; } = Idf.Sum();
    }

    private static double Score(DocumentKnowledge document, Question question, TermWeights weights)
    {
        var profile = document.Profile.TermSet;
        var score = 0.0;
        var terms = question.Terms;
        for (var i = 0; i < terms.Count; i++)
        {
            if (!document.Vocabulary.Contains(terms[i]))
            {
                continue;
            }
            var idf = weights.Idf[i];
            score += profile.Contains(terms[i]) ? idf * 2 + 0.5 : idf;
        }
        // Words that stand together in one passage (경북 … 사례 … 사업화 매출) say more than words scattered over a document.
        var total = weights.Total;
        if (total > 0)
        {
            // Each passage's sum is added up in question-term order, as a sum over the question's terms would be.
            var carried = new double[document.Passages.Count];
            for (var i = 0; i < terms.Count; i++)
            {
                foreach (var passage in document.PassagesWithTerm(terms[i]))
                {
                    carried[passage] += weights.Idf[i];
                }
            }
            var best = 0.0;
            foreach (var sum in carried)
            {
                best = Math.Max(best, sum);
            }
            score += 3 * best / total;
        }
        // A programme name written without spaces (그린전환공정혁신) still names it.
        foreach (var compact in document.Profile.Compacts.Where(c => c.Length >= 6))
        {
            var head = compact.Length > 12 ? compact[..12] : compact;
            if (question.Compact.Contains(head, StringComparison.Ordinal))
            {
                score += 3;
            }
        }
        // Stages, places and amounts the question names that the document writes.
        foreach (var stage in question.Stages)
        {
            if (document.Mentions(stage + "단계"))
            {
                score += 2.5;
            }
        }
        foreach (var region in question.Regions)
        {
            if (document.Mentions(region.Short))
            {
                score += 0.5;
            }
        }
        foreach (var quantity in question.Quantities.Where(q => q.Unit != Corpus.Quantities.Units.None))
        {
            var written = TextNormalizer.Compact(question.Text.Substring(quantity.Start, quantity.Length));
            if (written.Length >= 3 && document.Mentions(written))
            {
                score += 1.0;
            }
        }
        if (document.Profile.Year is int year && question.Years.Count > 0)
        {
            score += question.Years.Contains(year) ? 1.5 : question.Years.Any(y => Math.Abs(y - year) <= 1) ? 0.5 : 0;
        }
        // "2021년 국비": a document that writes the year asked can state its figures; one that never writes it cannot.
        if (question.Years.Count > 0)
        {
            score += question.Years.Any(document.YearsWritten.Contains) ? 1.5 : -3;
        }
        return score;
    }
}
