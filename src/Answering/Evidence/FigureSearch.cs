using System.Text.RegularExpressions;
using Answering.Documents;
using Answering.Understanding;
using Corpus.Quantities;
using Knowledge.Dates;
using Knowledge.Figures;
using Knowledge.Language;

namespace Answering.Evidence;

/// <summary>
/// Scores the amounts a document's running text writes against a question: the question's terms near the amount
/// weigh most; a year, stage or place the question names must not contradict the amount's clause.
/// </summary>
public static partial class FigureSearch
{
    [GeneratedRegex(@"(\d)\s*단계")]
    private static partial Regex Stage();

    public static IEnumerable<FigureMatch> Search(DocumentMatch match)
    {
        var question = match.Question;
        var years = match.Years;
        var terms = match.EvidenceTerms;
        var weights = new double[terms.Count];
        foreach (var figure in match.Document.Figures)
        {
            var score = 0.0;
            for (var i = 0; i < terms.Count; i++)
            {
                weights[i] = figure.Weight(terms[i]);
                if (weights[i] > 0)
                {
                    score += match.Weight(terms[i]) * weights[i];
                }
            }
            if (score <= 0)
            {
                continue;
            }
            // Most figures carry none of the question's words: what they carry is gathered only for those that do.
            var carried = new Carried { Unit = figure.Unit };
            for (var i = 0; i < terms.Count; i++)
            {
                if (weights[i] > 0)
                {
                    carried.Add(terms[i], Math.Min(1, weights[i] * 1.6));
                }
            }
            if (Coverage.Quoted(question).Any())
            {
                carried.Beside.AddRange(match.Document.FiguresIn(figure.Passage).Select(f => f.Quantity));
            }
            var (clause, clauseStart) = ClauseText(figure);
            var periodMismatch = false;
            if (years.Count > 0)
            {
                var figureYears = DateScanner.Years(TextNormalizer.Normalize(clause));
                carried.Years.UnionWith(figureYears);
                if (figureYears.Count == 0 && match.Document.Profile.Year is int documentYear && !DateScanner.Years(TextNormalizer.Normalize(figure.Passage.Text)).Any())
                {
                    carried.DefaultYear = documentYear;
                }
                if (figureYears.Count > 0)
                {
                    if (figureYears.Intersect(years).Any())
                    {
                        score += 2;
                    }
                    else
                    {
                        periodMismatch = true;
                    }
                }
            }
            if (question.Stages.Count > 0)
            {
                var stages = Stage().Matches(clause).Select(m => m.Groups[1].Value[0] - '0').ToList();
                if (stages.Count == 0)
                {
                    stages = [.. Stage().Matches(figure.Passage.Text).Select(m => m.Groups[1].Value[0] - '0')];
                }
                carried.Stages.UnionWith(stages);
                if (stages.Count > 0)
                {
                    if (stages.Intersect(question.Stages).Any())
                    {
                        score += 2;
                    }
                    else
                    {
                        periodMismatch = true;
                    }
                }
            }
            var placeMismatch = false;
            if (question.Regions.Count > 0)
            {
                var context = clause + " " + figure.Passage.Text;
                var named = Regions.In(context + " " + string.Join(" ", figure.Passage.HeadingTerms)).Select(r => r.Region).ToList();
                carried.Regions.UnionWith(named);
                if (question.Regions.Any(named.Contains))
                {
                    score += 2.5;
                }
                else
                {
                    placeMismatch = true;
                }
            }
            score += UnitFit(question, figure.Unit);
            yield return new FigureMatch(figure, score, carried, periodMismatch, placeMismatch);
        }
    }

    public static double UnitFit(Question question, Unit unit)
    {
        if (question.Has(Asks.Count) && unit.IsCount || question.Has(Asks.Percent) && unit.Family == UnitFamily.Percent
            || question.Has(Asks.Amount) && unit.IsMoney || question.Has(Asks.Score) && unit.Family == UnitFamily.Score
            || question.Has(Asks.Duration) && unit.Family is UnitFamily.Duration)
        {
            return 1.0;
        }
        return 0;
    }

    /// <summary>The text of the clause an amount stands in (cut at commas and sentence ends), and where it starts.</summary>
    public static (string Text, int Start) ClauseText(TextFigure figure)
    {
        var text = figure.Passage.Text;
        var start = figure.Quantity.Start;
        while (start > 0 && text[start - 1] is not (',' or ';' or '■' or '.'))
        {
            start--;
        }
        var end = figure.Quantity.End;
        while (end < text.Length && text[end] is not (',' or ';' or '■') && !(text[end] == '.' && (end + 1 >= text.Length || !char.IsDigit(text[end + 1]))))
        {
            end++;
        }
        return (text[start..end], start);
    }
}
