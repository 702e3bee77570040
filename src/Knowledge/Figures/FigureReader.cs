using Corpus.Model;
using Corpus.Quantities;
using Knowledge.Documents;
using Knowledge.Language;

namespace Knowledge.Figures;

/// <summary>
/// Finds the amounts a passage writes and the words that say what each counts: the clause around it (cut at commas,
/// semicolons and sentence ends), nearer words weighing more, the heading above it weighing least.
/// </summary>
public static partial class FigureReader
{
    private const double HeadingWeight = 0.25;

    public static IEnumerable<TextFigure> Read(Passage passage)
    {
        var text = passage.Text;
        var quantities = passage.Quantities;
        for (var q = 0; q < quantities.Count; q++)
        {
            var quantity = quantities[q];
            if (quantity.Unit == Units.None || PeriodAgo(text, quantity))
            {
                continue;
            }
            var (clauseStart, clauseEnd) = Clause(text, quantity);
            var context = new List<(string, double)>();
            foreach (var token in passage.Tokens)
            {
                if (!token.IsContent || token.End <= clauseStart || token.Start >= clauseEnd)
                {
                    continue;
                }
                var distance = token.End <= quantity.Start
                    ? WordsBetween(text, token.End, quantity.Start)
                    : WordsBetween(text, quantity.End, token.Start) + 1;
                var weight = 1.0 / (1 + distance * 0.35);
                context.Add((Lexicon.Canonical(token.Surface), weight));
            }
            foreach (var stem in TermAnalyzer.Terms(passage.Normalized[clauseStart..clauseEnd]))
            {
                if (stem.Length >= 3 && !context.Any(c => c.Item1 == stem))
                {
                    context.Add((Lexicon.Canonical(stem), 0.6));
                }
            }
            // A bullet's label ((선박), (지원규모)) names what its sentence is about.
            if (passage.Unit.Label is { Length: > 0 } label)
            {
                foreach (var term in TermAnalyzer.Terms(label))
                {
                    context.Add((Lexicon.Canonical(term), 0.9));
                }
            }
            foreach (var term in passage.HeadingTerms)
            {
                context.Add((term, HeadingWeight));
            }
            Quantity? partOf = null;
            // "122건의 38.5%(47건)" and "649명의 … 중, 정규직이 87.2%": a share of the count before it.
            if (quantity.Unit.Family == UnitFamily.Percent)
            {
                partOf = quantities.Take(q).Where(p => p.Unit.IsCount && p.End >= clauseStart - 40).Cast<Quantity?>().LastOrDefault();
            }
            yield return new TextFigure(passage, quantity, context, partOf);
        }
    }

    /// <summary>"1년 전보다", "3개월 전(64.6%)": a span of time before now names the period compared with, not an amount.</summary>
    private static bool PeriodAgo(string text, Quantity quantity) =>
        quantity.Unit.Family == UnitFamily.Duration && quantity.End < text.Length
        && AgoAfter().IsMatch(text.AsSpan(quantity.End, Math.Min(8, text.Length - quantity.End)));

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s?전(?:보다|\s?대비|에|과|의|\(|\s|,|$)")]
    private static partial System.Text.RegularExpressions.Regex AgoAfter();

    /// <summary>The clause around an amount: from the last comma, semicolon, colon or sentence end before it to the next one after.</summary>
    public static (int Start, int End) Clause(string text, Quantity quantity)
    {
        var start = quantity.Start;
        var depth = 0;
        while (start > 0)
        {
            var c = text[start - 1];
            if (c == ')')
            {
                depth++;
            }
            else if (c == '(')
            {
                if (depth == 0)
                {
                    // Inside parentheses: the clause is what the parentheses explain, so keep going left.
                }
                else
                {
                    depth--;
                }
            }
            else if (depth == 0 && (c is ',' or ';' or '■' or '\t' or '。' or '?' or '!' || c == '.' && (start < 2 || !char.IsDigit(text[start - 2]))))
            {
                break;
            }
            start--;
        }
        var end = quantity.End;
        depth = 0;
        while (end < text.Length)
        {
            var c = text[end];
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && (c is ',' or ';' or '■' or '\t' or '?' or '!' || c == '.' && (end + 1 >= text.Length || !char.IsDigit(text[end + 1]))))
            {
                break;
            }
            end++;
        }
        return (start, end);
    }

    private static int WordsBetween(string text, int from, int to)
    {
        if (to <= from)
        {
            return 0;
        }
        var count = 0;
        var inWord = false;
        for (var i = from; i < to && i < text.Length; i++)
        {
            var space = char.IsWhiteSpace(text[i]);
            if (!space && !inWord)
            {
                count++;
            }
            inWord = !space;
        }
        return count;
    }

    /// <summary>Whether a unit's text is running text whose amounts are figures (not a table row, read as cells instead).</summary>
    public static bool HasTextFigures(DocumentUnit unit) =>
        unit.Kind is UnitKind.TableRow && unit.Column is not null
        || unit.Kind is not (UnitKind.TableRow or UnitKind.TableHeader or UnitKind.TableTitle or UnitKind.Contact or UnitKind.Banner or UnitKind.Embargo or UnitKind.AppendixMark);
}
