using System.Runtime.CompilerServices;
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

    /// <summary>A year a comparison starts from ("2026년보다", "'26년 대비"): the base, not the period the amount is of.</summary>
    [GeneratedRegex(@"(?:(?:19|20)\d{2}|'\d{2})\s*년?\s*도?\s*(?:보다|대비|에\s*비해|에\s*비하여)")]
    private static partial Regex BaseYear();

    public static IEnumerable<FigureMatch> Search(DocumentMatch match)
    {
        var question = match.Question;
        var years = match.Years;
        var terms = match.EvidenceTerms;
        var weights = new double[terms.Count];
        var askedParts = SubPeriods.In(question.Text);
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
            var read = Clauses.GetValue(figure, Read);
            var clause = read.Text;
            var periodMismatch = false;
            if (years.Count > 0)
            {
                var figureYears = read.Years;
                carried.Years.UnionWith(figureYears);
                if (figureYears.Count == 0 && match.Document.Profile.Year is int documentYear && !read.PassageHasYear)
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
                var stages = read.Stages.Count > 0 ? read.Stages : read.PassageStages;
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
            // "2분기 투자액" is not the figure written beside 1분기, nor the half-year's when a quarter is asked.
            if (askedParts.Count > 0 && SubPeriods.In(clause) is { Count: > 0 } clauseParts)
            {
                var fit = SubPeriods.Fit(clauseParts, askedParts);
                score += fit;
                periodMismatch |= fit == 0;
            }
            // "8월 지급자" is not the figure of a sentence about 9월.
            if (question.Months.Count > 0 && Months.InText(clause) is { Count: > 0 } clauseMonths && !clauseMonths.Any(question.Months.Contains))
            {
                periodMismatch = true;
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

    /// <summary>What a figure's clause says of periods, read once per figure (the document's, not the question's).</summary>
    private sealed record ClauseReading(string Text, IReadOnlyList<int> Years, bool PassageHasYear, IReadOnlyList<int> Stages, IReadOnlyList<int> PassageStages);

    // Kept as long as the figure (its document) is: every question that weighs the figure needs the same reading.
    private static readonly ConditionalWeakTable<TextFigure, ClauseReading> Clauses = [];

    private static ClauseReading Read(TextFigure figure)
    {
        var (clause, _) = ClauseText(figure);
        var passage = figure.Passage;
        return new ClauseReading(clause, DateScanner.Years(TextNormalizer.Normalize(BaseYear().Replace(clause, " "))),
            DateScanner.Years(TextNormalizer.Normalize(passage.Text)).Any(),
            [.. Stage().Matches(clause).Select(m => m.Groups[1].Value[0] - '0')],
            [.. Stage().Matches(passage.Text).Select(m => m.Groups[1].Value[0] - '0')]);
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
