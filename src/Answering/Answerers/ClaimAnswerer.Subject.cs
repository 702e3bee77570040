using System.Text.RegularExpressions;
using Answering.Computing;
using Answering.Documents;
using Answering.Evidence;
using Answering.Understanding;
using Corpus.Quantities;
using Knowledge.Language;

namespace Answering.Answerers;

/// <summary>
/// Which of the figures near a claim are about the claim's own subject. Evidence coverage weighs the whole sentence or
/// row; a figure's label (the words that name it: 등급 상승 5곳, 사업기간 통합실증형 30개월) says what that one figure
/// counts, and the claim's other numbers ('23년, 5년간) say which period or part it must be of.
/// </summary>
public static partial class ClaimAnswerer
{
    /// <summary>How much of the claim's telling words (not the document's own name, not its predicate) the figure's label carries, 0..1.</summary>
    private static double LabelFit(DocumentMatch match, Operand operand)
    {
        // A claimed share (절반, 5분의 1, 비중) is a figure named as one, not a rate of growth beside it.
        if (ClaimsShare(match.Question) && ShareWord().IsMatch(operand.Label + " " + Clause(operand)))
        {
            return 1;
        }
        var terms = SubjectTerms(match);
        var total = terms.Sum(t => t.Weight);
        if (total <= 0)
        {
            return 0;
        }
        var named = operand.Label + " " + Clause(operand);
        var label = TermAnalyzer.Terms(named).Select(Lexicon.Canonical).ToHashSet(StringComparer.Ordinal);
        var compact = Whitespace().Replace(named, "");
        var carried = 0.0;
        foreach (var (term, weight) in terms)
        {
            if (label.Contains(term))
            {
                carried += weight;
            }
            else if (term.Length >= 2 && compact.Contains(term, StringComparison.Ordinal) || label.Any(l => l.Length >= 2 && term.Contains(l, StringComparison.Ordinal)))
            {
                carried += weight * 0.5;
            }
        }
        return carried / total;
    }

    /// <summary>
    /// The part of a figure's sentence that is about it: between the commas (or ·) around it (등급 상승 5곳·하락 3곳 → 하락
    /// 3곳; 전년(1,461억원)보다 73억원(5.0%) 늘었다). A cell's is its row and column.
    /// </summary>
    private static string Clause(Operand operand)
    {
        if (operand.Text is not { } figure)
        {
            return operand.Label;
        }
        var text = figure.Passage.Text;
        var at = Math.Clamp(figure.Quantity.Start, 0, text.Length);
        var from = ClauseBreak(text, Math.Max(0, at - 1), -1) + 1;
        // Inside brackets that name it (국비 1,008억원 in 총 1,534억원(국비 1,008억원, …)) the clause starts there;
        // a figure alone in its brackets (73억원(5.0%)) restates the one before and keeps the outer clause.
        var open = text.LastIndexOf('(', Math.Max(0, at - 1));
        if (open >= from && text.IndexOf(')', open) is var close && (close < 0 || close > at) && text[(open + 1)..at].Any(c => c is >= '가' and <= '힣'))
        {
            from = open + 1;
        }
        var end = Math.Min(text.Length, at + figure.Quantity.Length);
        var to = ClauseBreak(text, end, 1);
        // What follows in brackets right after the figure breaks it down (총 1,534억원(국비 …)); it does not name it.
        var bracket = text.IndexOf('(', end);
        if (bracket >= 0 && (to < 0 || bracket < to) && text[end..bracket].Trim().Length <= 2)
        {
            to = bracket;
        }
        return text[from..(to < 0 ? text.Length : to)];
    }

    /// <summary>A text figure's clause from the end of the figure of its kind before it: the words that frame this one alone.</summary>
    private static string Segment(Operand operand)
    {
        var clause = Clause(operand);
        if (operand.Text is not { } figure)
        {
            return clause;
        }
        var written = figure.Written;
        var at = clause.IndexOf(written, StringComparison.Ordinal);
        if (at < 0)
        {
            return clause;
        }
        var before = figure.Passage.Quantities.Where(q => q.End <= figure.Quantity.Start && q.Unit.SameFamily(figure.Unit)).Select(q => figure.Passage.Text.Substring(q.Start, q.Length))
            .Select(w => clause.LastIndexOf(w, Math.Max(0, at - 1), StringComparison.Ordinal) is var i && i >= 0 && i + w.Length <= at ? i + w.Length : 0).DefaultIfEmpty(0).Max();
        return clause[before..(at + written.Length)];
    }

    /// <summary>The nearest clause break from <paramref name="at"/> in a direction; a comma between digits (1,461) is none.</summary>
    private static int ClauseBreak(string text, int at, int step)
    {
        for (var i = at; i >= 0 && i < text.Length; i += step)
        {
            if (text[i] is '·' or ';' or '\n' or '，' || text[i] == ',' && !(i > 0 && i + 1 < text.Length && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1])))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>How well the figure is named for the claim: its telling words, then any noun of the claim (하락, 전년) its clause writes.</summary>
    private static double Fit(DocumentMatch match, Operand operand) => LabelFit(match, operand) + 0.5 * WordFit(match, operand);

    private static double WordFit(DocumentMatch match, Operand operand)
    {
        var nouns = match.Question.Tokens.Where(t => t.IsContent && t.Surface.Length >= 2 && t.Surface.All(c => c is >= '가' and <= '힣') && !match.IsNaming(Lexicon.Canonical(t.Surface)))
            .Select(t => t.Surface).Distinct().ToList();
        if (nouns.Count == 0)
        {
            return 0;
        }
        var named = operand.Label + " " + Clause(operand);
        return nouns.Count(n => named.Contains(n, StringComparison.Ordinal)) / (double)nouns.Count;
    }

    /// <summary>The claim's words that name what it is about: the document's own name and the claim's predicate (출원했다) left out.</summary>
    private static List<(string Term, double Weight)> SubjectTerms(DocumentMatch match) =>
        [.. Coverage.Salient(match).Where(s => !match.IsNaming(s.Term) && !IsPredicate(match.Question, s.Term))];

    /// <summary>A word the claim uses as its verb (출원했다, 늘었다): what is done, not what is counted.</summary>
    private static bool IsPredicate(Question question, string term)
    {
        var at = question.Text.IndexOf(term, StringComparison.Ordinal);
        return at >= 0 && PredicateEnding().IsMatch(question.Text[(at + term.Length)..]);
    }

    /// <summary>A figure whose clause writes the opposite of a claim's word (등급 상승 5곳, 등급이 오른 센터 for a claim about 하락): another subject.</summary>
    private static bool Opposes(Question question, Operand operand)
    {
        var named = operand.Label + " " + Clause(operand);
        foreach (var (a, b) in Directions)
        {
            foreach (var (claimed, opposite) in new[] { (a, b), (b, a) })
            {
                if (claimed.Any(w => question.Text.Contains(w, StringComparison.Ordinal))
                    && opposite.Any(w => named.Contains(w, StringComparison.Ordinal)) && !claimed.Any(w => named.Contains(w, StringComparison.Ordinal)))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// A text figure whose clause is about a place the claim does not name (강원이 … 18.5% 늘며 for a claim about the
    /// programme's whole budget): one region's part, not the claim's subject.
    /// </summary>
    private static bool OfAnotherPlace(Question question, Operand operand)
    {
        if (operand.Text is null)
        {
            return false;
        }
        var places = Regions.In(Clause(operand)).Select(r => r.Region.Short).Distinct().ToList();
        return places.Count > 0 && !places.Any(p => question.Regions.Any(r => r.Short == p));
    }

    /// <summary>Words of opposite direction, as a figure's clause may write them (상승 · 오른 · 올라 against 하락 · 내려간 · 떨어진).</summary>
    private static readonly (string[], string[])[] Directions =
    [
        (["상승", "오른", "올라", "올랐"], ["하락", "내려간", "내린", "내려", "떨어"]),
        (["증가", "늘어", "늘었", "늘며", "늘린"], ["감소", "줄어", "줄었", "줄며", "줄인"]),
        (["최대", "상한"], ["최소", "하한"]),
        (["흑자"], ["적자"]),
    ];

    /// <summary>
    /// How the figure's surroundings agree with the claim's other numbers: +1 for each year or amount of the claim they
    /// also write ('23년 지원기업 → the '23 cell; 5년간 국비 → the sentence about 5년간), -1 when they name only other years.
    /// </summary>
    private static int FrameFit(Question question, Quantity claim, Operand operand)
    {
        // A cell's frame is its own row and column, a text figure's the words since the figure before it ('26년 15%에서 '30년 30%).
        var context = Whitespace().Replace(operand.Label + " " + Segment(operand), "");
        var fit = 0;
        foreach (var q in question.Quantities.Where(q => q.Start != claim.Start && q.Unit != Units.None))
        {
            var written = Whitespace().Replace(question.Text.Substring(q.Start, q.Length), "");
            if (written.Length >= 2 && context.Contains(written, StringComparison.Ordinal))
            {
                fit++;
            }
        }
        var years = question.Dates.Where(d => d.Year is not null && d.Month is null).Select(d => d.Year!.Value).Distinct().ToList();
        if (years.Count > 0)
        {
            // A span ('19~'22년) is a period of several years, not the one year the claim names.
            var single = YearSpan().Replace(context, " ~ ");
            var written = YearWritten().Matches(single).Select(m => 2000 + int.Parse(m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value)).ToList();
            if (written.Any(years.Contains))
            {
                fit++;
            }
            else if (written.Count > 0 || single.Contains('~'))
            {
                fit--;
            }
        }
        return fit;
    }

    /// <summary>
    /// A cell of a row or column that also holds the claimed amount (a per-year cell beside the 누계 the claim states):
    /// another period or part of the same measure, not a second statement of it.
    /// </summary>
    private static bool BesideClaimedCell(Operand operand, Func<Operand, bool> equalsClaim, Knowledge.Documents.DocumentKnowledge document)
    {
        if (operand.SourceTable is not { } table || operand.Row is not { } row || operand.Column is not { } column)
        {
            return false;
        }
        var inRow = table.Columns.Where(c => c != column && table.Cell(row, c).Value is not null).Select(c => Operand.FromCell(document, table, row, c));
        var inColumn = table.Rows.Where(r => r != row && table.Cell(r, column).Value is not null).Select(r => Operand.FromCell(document, table, r, column));
        return inRow.Concat(inColumn).Any(equalsClaim);
    }

    private static bool ClaimsShare(Question question) => Half().IsMatch(question.Text) || Fifth().IsMatch(question.Text) || ShareWord().IsMatch(question.Text);

    [GeneratedRegex(@"비중|차지|점유|구성비")]
    private static partial Regex ShareWord();

    // Patterns used per operand and per word: generated once rather than parsed again from the Regex cache.
    [GeneratedRegex(@"\s")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(?:했|하였|한다|하다|됐|되었|된다|되다)")]
    private static partial Regex PredicateEnding();

    [GeneratedRegex(@"(?:20\d\d|['‘’]\d\d)년?[~∼\-–](?:20\d\d|['‘’]\d\d)년?")]
    private static partial Regex YearSpan();

    [GeneratedRegex(@"(?:20(\d\d)|['‘’](\d\d))(?:년|\b|[^\d])")]
    private static partial Regex YearWritten();
}
