using Answering.Documents;
using Corpus.Model;
using Knowledge.Documents;

namespace Answering.Evidence;

/// <summary>A passage scored against a question: the weight of the question's terms in its text and, less, in its headings.</summary>
public sealed record PassageMatch(Passage Passage, double Score, Carried Carried, double Coverage);

/// <summary>Ranks a document's passages for a question (BM25-like weights within the document).</summary>
public static class PassageSearch
{
    public static IReadOnlyList<PassageMatch> Rank(DocumentMatch match, Func<Passage, bool>? filter = null)
    {
        if (filter is null)
        {
            return match.RankedPassages ??= RankAll(match, null);
        }
        return RankAll(match, filter);
    }

    private static IReadOnlyList<PassageMatch> RankAll(DocumentMatch match, Func<Passage, bool>? filter)
    {
        var results = new List<PassageMatch>();
        var terms = match.EvidenceTerms;
        var weights = terms.Select(match.Weight).ToArray();
        foreach (var passage in match.Document.Passages)
        {
            if (!IsQuotable(passage) || filter is not null && !filter(passage))
            {
                continue;
            }
            var score = 0.0;
            var own = passage.Terms;
            var heading = passage.HeadingTerms;
            for (var i = 0; i < terms.Count; i++)
            {
                score += own.Contains(terms[i]) ? weights[i] : heading.Contains(terms[i]) ? weights[i] * 0.4 : 0;
            }
            foreach (var (region, _, _) in passage.Regions)
            {
                if (match.Question.Regions.Contains(region))
                {
                    score += 1.5;
                }
            }
            if (score <= 0 && passage.Unit.Label is not { Length: > 0 } && match.Question.Quantities.Count == 0)
            {
                // Most passages carry none of the question's words: what they carry is gathered only for those that may score.
                continue;
            }
            var carried = new Carried();
            for (var i = 0; i < terms.Count; i++)
            {
                if (own.Contains(terms[i]))
                {
                    carried.Add(terms[i], 1);
                }
                else if (heading.Contains(terms[i]))
                {
                    carried.Add(terms[i], 0.5);
                }
            }
            foreach (var (region, _, _) in passage.Regions)
            {
                carried.Regions.Add(region);
            }
            carried.Years.UnionWith(passage.Dates.Where(d => d.Year is not null).Select(d => d.Year!.Value));
            carried.Stages.UnionWith(passage.Stages);
            // A bullet labelled with the question's word ((근거), (지정 절차)) is about it.
            if (passage.Unit.Label is { Length: > 0 })
            {
                var labelTerms = passage.LabelTerms;
                if (labelTerms.Count > 0 && labelTerms.All(match.EvidenceTerms.Contains))
                {
                    score += 2 * labelTerms.Sum(match.Weight);
                    // "법적 근거 조항" asked of "(근거) ○○법 제18조": the words the question writes as one noun phrase with the
                    // label say what kind of 근거 is asked, and the labelled line is that.
                    foreach (var term in LabelledPhrase(match.Question, labelTerms))
                    {
                        carried.Add(term, 0.8);
                    }
                }
            }
            // An amount the question writes (7년, 10년) that the passage writes too (7개년, 10개년).
            foreach (var q in match.Question.Quantities.Where(q => q.Unit != Corpus.Quantities.Units.None))
            {
                if (passage.Quantities.Any(p => p.Unit.SameFamily(q.Unit) && Math.Abs(p.In(q.Unit) - q.Value) < 1e-6))
                {
                    score += 1.5;
                }
            }
            if (match.Question.Regions.Count > 0 && !match.Question.Regions.Any(r => carried.Regions.Contains(r) || passage.HeadingTerms.Contains(r.Short)))
            {
                // A question about a place is not answered by a passage about none of it.
                continue;
            }
            if (score <= 0)
            {
                continue;
            }
            // Very long passages match many words by chance.
            score /= 1 + Math.Max(0, passage.Text.Length - 200) / 600.0;
            results.Add(new PassageMatch(passage, score, carried, Coverage.Of(match, carried)));
        }
        return [.. results.OrderByDescending(r => Math.Round(r.Coverage, 2)).ThenByDescending(r => r.Score)];
    }

    /// <summary>The question's terms written as one noun phrase with a label's term: content words side by side, no particle between.</summary>
    private static IEnumerable<string> LabelledPhrase(Understanding.Question question, IReadOnlyList<string> labelTerms)
    {
        var tokens = question.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsContent || !labelTerms.Contains(Knowledge.Language.Lexicon.Canonical(tokens[i].Surface)))
            {
                continue;
            }
            var first = i;
            while (first > 0 && InPhrase(tokens[first - 1]) && tokens[first - 1].Word >= tokens[first].Word - 1)
            {
                first--;
            }
            var last = i;
            while (last + 1 < tokens.Count && InPhrase(tokens[last + 1]) && tokens[last + 1].Word <= tokens[last].Word + 1)
            {
                last++;
            }
            var phrase = Knowledge.Language.TermAnalyzer.Terms([.. tokens.Skip(first).Take(last - first + 1)]).Select(Knowledge.Language.Lexicon.Canonical);
            foreach (var term in phrase)
            {
                yield return term;
            }
        }
    }

    // A noun's suffix (법적's 적) keeps the phrase whole; a particle ends it.
    private static bool InPhrase(Knowledge.Language.Token token) => token.IsContent || token.Tag == KoreanAnalysis.Dictionary.PosTag.XSN;

    /// <summary>Units worth quoting as an answer: not banners, table headers, table-of-contents lines or bare case names.</summary>
    public static bool IsQuotable(Passage passage) =>
        passage.Kind is not (UnitKind.Banner or UnitKind.TableHeader or UnitKind.AppendixMark or UnitKind.TableTitle)
        && passage.Text.Length >= 6;
}
