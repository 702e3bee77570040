using System.Text.RegularExpressions;
using Corpus.Quantities;
using Knowledge.Dates;
using Knowledge.Documents;
using Knowledge.Figures;
using Knowledge.Language;
using Knowledge.Tables;

namespace Knowledge.Facts;

/// <summary>
/// Finds where a document disagrees with itself: each amount of its running text is set beside the table row it
/// speaks of (the row whose name stands nearest before it, else the one its heading names, else — for a figure of a
/// whole — the total row). A text figure that equals any cell of that row of its unit and period restates the table;
/// one that equals none but lies close (within <see cref="Near"/>) to a cell of a column its clause speaks of is a
/// disagreement.
/// </summary>
public static partial class DisagreementFinder
{
    /// <summary>How far apart two statements of one figure may lie and still be one figure misstated, not two figures.</summary>
    private const double Near = 0.18;

    /// <summary>Header words that say how a column counts (현행, 누계, 금액), not what it counts.</summary>
    private static readonly HashSet<string> StateWords =
    [
        "현행", "개정", "변경", "종전", "기존", "증감", "증가", "감소", "증감률", "증가율", "감소율", "누계", "합계", "소계", "계", "총계", "총", "전체", "금액", "규모", "수", "비중",
        "전년", "올해", "금년", "년", "월", "연도", "상반기", "하반기", "반기", "분기", "연간", "구분", "실적", "계획", "기준", "단위", "억원", "백만원", "천원", "원", "개", "명", "건", "점",
    ];

    public static IReadOnlyList<Disagreement> Find(DocumentKnowledge document)
    {
        var found = new List<Disagreement>();
        var tables = document.Tables.Where(t => !t.Table.IsBlock && !t.IsContactTable && t.NumberColumns.Any()).ToList();
        if (tables.Count == 0)
        {
            return found;
        }
        foreach (var figure in document.Figures)
        {
            if (figure.Unit.Family is UnitFamily.None || figure.Passage.Unit.Table is not null)
            {
                continue;
            }
            // A passage labelled (미국) or (선박) speaks of the rows its label names, in whichever table has them.
            var label = figure.Passage.Unit.Label is { Length: > 0 } l ? Compact(l) : null;
            var labelled = label is null ? [] : tables.Where(t => t.Rows.Any(r => !r.IsTotal && Compact(r.Name).Length >= 2 && label.Contains(Compact(r.Name), StringComparison.Ordinal))).ToList();
            if (RestatesNamedRow(figure, tables) || RestatesTotal(figure, tables))
            {
                continue;
            }
            foreach (var table in labelled.Count > 0 ? labelled : tables)
            {
                if (Against(document, figure, table) is { } disagreement)
                {
                    found.Add(disagreement);
                }
            }
        }
        return found;
    }

    /// <summary>
    /// Whether the figure equals a cell of some table's row that its sentence names ("서비스업 피보험자가 17만 9천명
    /// 늘어" restates the industry table's 서비스업 row): such a figure is that row's, however close it lies to
    /// another table's row the sentence also names.
    /// </summary>
    private static bool RestatesNamedRow(TextFigure figure, IReadOnlyList<TableModel> tables)
    {
        var text = figure.Passage.Normalized;
        var (clauseStart, _) = FigureReader.Clause(text, figure.Quantity);
        var sentenceStart = SentenceStart(text, clauseStart);
        foreach (var table in tables)
        {
            foreach (var row in table.Rows.Where(r => Compact(r.Name).Length >= 2 && IndexOfWord(text, Compact(r.Name), sentenceStart, figure.Quantity.Start) >= 0))
            {
                foreach (var column in table.NumberColumns)
                {
                    var cell = table.Cell(row, column);
                    if (cell.Value is double value && UnitOf(table, cell, column) is { } unit && unit.SameFamily(figure.Unit)
                        && Same(unit.Convert(value, figure.Unit), Math.Abs(figure.Value)))
                    {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /// <summary>Whether the figure equals a total cell of some table ("모두 230개사" is the 계 row of the table that lists them).</summary>
    private static bool RestatesTotal(TextFigure figure, IReadOnlyList<TableModel> tables) =>
        tables.Any(table => table.Rows.Where(r => r.IsTotal).Any(row => table.NumberColumns.Any(column =>
            table.Cell(row, column) is { Value: double value } cell && UnitOf(table, cell, column) is { } unit && unit.SameFamily(figure.Unit)
            && Same(unit.Convert(value, figure.Unit), Math.Abs(figure.Value)))));

    private static Disagreement? Against(DocumentKnowledge document, TextFigure figure, TableModel table)
    {
        var text = figure.Passage.Normalized;
        var (clauseStart, clauseEnd) = FigureReader.Clause(text, figure.Quantity);
        var clause = text[clauseStart..clauseEnd];
        var (row, strong) = RowOf(figure, table, clauseStart, clauseEnd, figure.Role == FigureRole.Value && Totality().IsMatch(clause));
        if (row is null || LabelNamesOther(figure, table, row))
        {
            return null;
        }
        var restated = document.FiguresIn(figure.Passage).Where(f => f != figure).ToList();
        var figureYears = YearsOf(text, figure, clause, document.Profile.Year);
        var titleYears = table.PeriodYears;

        var cells = new List<(ColumnModel Column, double Value)>();
        foreach (var column in table.NumberColumns)
        {
            var cell = table.Cell(row, column);
            if (cell.Value is not double value || UnitOf(table, cell, column) is not { } unit || !unit.SameFamily(figure.Unit) && !(unit.IsCount && figure.Unit.IsCount))
            {
                continue;
            }
            if (!PeriodsAgree(column.Years.Concat(row.Years).ToList(), figureYears, titleYears, document.Profile.Year))
            {
                continue;
            }
            cells.Add((column, unit.SameFamily(figure.Unit) ? unit.Convert(value, figure.Unit) : value));
        }
        // A figure equal to any cell of its row restates the table, whatever column it is.
        if (cells.Count == 0 || cells.Any(c => Same(c.Value, figure.Value) || RoundsTo(c.Value, figure)))
        {
            return null;
        }
        var distinctive = figure.Unit.Family is not (UnitFamily.Count or UnitFamily.People or UnitFamily.Won or UnitFamily.Dollar or UnitFamily.Percent);
        var spoken = cells.Where(c => KindOf(table.Cell(row, c.Column).Text + " " + c.Column.Label, figure.Unit) == figure.Role
                && (SpeaksOf(figure, c.Column, clause, strong) || distinctive && cells.Count == 1)
                // The cell is restated beside the figure ("95.0점(16개 센터 평균 82.4점)"): the figure is something else.
                && !restated.Any(f => f.Unit.SameFamily(figure.Unit) && Same(f.Value, c.Value)))
            .ToList();
        if (spoken.Count == 0)
        {
            return null;
        }
        var nearest = spoken.OrderBy(c => Math.Abs(c.Value - figure.Value)).First();
        var apart = Math.Abs(nearest.Value - figure.Value) / Math.Max(Math.Abs(nearest.Value), Math.Abs(figure.Value));
        return apart <= Near ? new Disagreement(figure, table, row, nearest.Column, nearest.Value) : null;
    }

    /// <summary>
    /// The row a text figure speaks of: the row its passage's label names ((선박), (미국)), else the row name nearest
    /// before it in its clause, else in its sentence (both strong); else the one row its heading names, else — for a
    /// figure of a whole (모두, 누계, 5년간) — the total row (both weak).
    /// </summary>
    private static (RowModel? Row, bool Strong) RowOf(TextFigure figure, TableModel table, int clauseStart, int clauseEnd, bool whole)
    {
        var text = figure.Passage.Normalized;
        var named = table.Rows.Where(r => !r.IsTotal && r.Years.Count == 0 && Compact(r.Name).Length >= 2).ToList();
        if (figure.Passage.Unit.Label is { Length: > 0 } label)
        {
            var labelled = named.Where(r => Compact(label).Contains(Compact(r.Name), StringComparison.Ordinal)).ToList();
            if (labelled.Count > 0)
            {
                return (Nearest(labelled, text, clauseStart, clauseEnd, figure.Quantity.Start) ?? (labelled.Count == 1 ? labelled[0] : null), true);
            }
        }
        if (Nearest(named, text, clauseStart, clauseEnd, figure.Quantity.Start) is { } inClause)
        {
            return (inClause, true);
        }
        var sentenceStart = SentenceStart(text, clauseStart);
        if (Nearest(named, text, sentenceStart, clauseStart, figure.Quantity.Start) is { } inSentence)
        {
            return (inSentence, true);
        }
        if (named.Any(r => IndexOfWord(text, Compact(r.Name), 0, text.Length) >= 0))
        {
            return (null, false);
        }
        var headed = named.Where(r => r.Terms.Count > 0 && r.Terms.All(figure.Passage.HeadingTerms.Contains)).ToList();
        if (headed.Count == 1)
        {
            return (headed[0], false);
        }
        return (headed.Count == 0 && whole ? table.Rows.LastOrDefault(r => r.IsTotal) : null, false);
    }

    private static RowModel? Nearest(IEnumerable<RowModel> rows, string text, int from, int to, int figureStart)
    {
        RowModel? best = null;
        var bestDistance = int.MaxValue;
        foreach (var row in rows)
        {
            var at = IndexOfWord(text, Compact(row.Name), from, to);
            if (at < 0)
            {
                continue;
            }
            if (at >= figureStart)
            {
                // A name after the figure ("1,812억원(국비 1,306억, …)") is what it breaks down into, not what it is.
                continue;
            }
            var distance = figureStart - at;
            if (distance < bestDistance)
            {
                (best, bestDistance) = (row, distance);
            }
        }
        return best;
    }

    private static int SentenceStart(string text, int from)
    {
        var i = from;
        while (i > 0 && !(text[i - 1] == '.' && (i < 2 || !char.IsDigit(text[i - 2]))) && text[i - 1] is not ('■' or '\t'))
        {
            i--;
        }
        return i;
    }

    /// <summary>
    /// A column the figure's clause speaks of: every word of its own header (its last level, or the whole path when
    /// that level is only a year or a counting word) carried near the figure; limit words carried by a limit. A column
    /// named only by how it counts (현행, 누계, 금액) is spoken of by any figure of its row.
    /// </summary>
    private static bool SpeaksOf(TextFigure figure, ColumnModel column, string clause, bool strongRow)
    {
        var header = column.Path.Count > 0 ? column.Path[^1] : column.Label;
        var own = OwnTerms(header);
        if (own.Count == 0)
        {
            own = OwnTerms(column.Label);
        }
        if (own.Count == 0)
        {
            // A header that is only a period or a numbered type (4월, Ⅱ형) is spoken of where the clause writes it;
            // one that only says how it counts (금액, 비중) by a figure of a row the sentence names.
            var compact = TextNormalizer.Compact(header);
            return compact.Any(char.IsDigit) ? TextNormalizer.Compact(clause).Contains(compact, StringComparison.Ordinal) : strongRow;
        }
        // In a list of caps that names its measure once ("Ⅰ형은 최대 3,000만원, …, Ⅳ형은 최대 1억원까지 정부지원금을"), a
        // cap of a row the sentence names speaks of the measure the sentence names.
        var listed = strongRow && figure.Role == FigureRole.Limit;
        var sentence = listed ? TextNormalizer.Compact(figure.Passage.Text) : "";
        return own.All(t => figure.Weight(t) >= 0.3 || figure.Role == FigureRole.Limit && LimitWords().IsMatch(t) || listed && sentence.Contains(t, StringComparison.Ordinal));
    }

    /// <summary>
    /// A passage labelled for another subject ("(소상공인 우대) … 정부지원금 90%", a case's "성과: …") speaks of that
    /// subject, not of a row or column its label does not name.
    /// </summary>
    private static bool LabelNamesOther(TextFigure figure, TableModel table, RowModel row)
    {
        if (figure.Passage.Unit.Label is not { Length: > 0 } label)
        {
            return false;
        }
        var labelTerms = TermAnalyzer.Terms(label).Select(Lexicon.Canonical).ToHashSet(StringComparer.Ordinal);
        var named = row.Terms.Concat(table.TitleTermSet).Concat(table.Columns.SelectMany(c => c.Terms));
        return labelTerms.Count > 0 && !named.Any(labelTerms.Contains) && !TextNormalizer.Compact(label).Contains(Compact(row.Name), StringComparison.Ordinal);
    }

    /// <summary>The words of a header that say what it counts: no counting words, years or compounds of its other words (참여기관 of 참여, 기관).</summary>
    private static List<string> OwnTerms(string header)
    {
        var terms = TermAnalyzer.Terms(header).Select(Lexicon.Canonical)
            .Where(t => !StateWords.Contains(t) && t.Length >= 2 && TableModel.YearsOf(t).Count == 0).Distinct().ToList();
        return [.. terms.Where(t => !terms.Any(a => a != t && t.StartsWith(a, StringComparison.Ordinal) && terms.Contains(t[a.Length..])))];
    }

    /// <summary>The years a figure's own words give it: a year written just before it or in parentheses after it, or 전년 for the year before the document's.</summary>
    private static IReadOnlyList<int> YearsOf(string text, TextFigure figure, string clause, int? documentYear)
    {
        var before = text[Math.Max(0, figure.Quantity.Start - 12)..figure.Quantity.Start];
        var after = figure.Quantity.End < text.Length && text[figure.Quantity.End] == '(' ? text[figure.Quantity.End..Math.Min(text.Length, figure.Quantity.End + 12)] : "";
        var years = DateScanner.Years(before + " " + after);
        if (years.Count > 0)
        {
            return years;
        }
        if (documentYear is not int y)
        {
            return [];
        }
        // "올해 바우처 총 규모는 …": the document's own year, as 전년 is the one before it (read in the figure's sentence).
        var sentenceBefore = text[SentenceStart(text, FigureReader.Clause(text, figure.Quantity).Start)..figure.Quantity.Start];
        return PreviousYear().IsMatch(before) ? [y - 1] : ThisYear().IsMatch(sentenceBefore) ? [y] : [];
    }

    private static bool PeriodsAgree(IReadOnlyList<int> cellYears, IReadOnlyList<int> figureYears, IReadOnlyList<int> titleYears, int? documentYear)
    {
        if (cellYears.Count > 0)
        {
            return figureYears.Count > 0 ? cellYears.Intersect(figureYears).Any() : documentYear is int y && cellYears.Contains(y);
        }
        return figureYears.Count == 0 || titleYears.Count == 0 || figureYears.All(titleYears.Contains) || figureYears.Count >= 2;
    }

    private static Unit? UnitOf(TableModel table, CellModel cell, ColumnModel column) =>
        cell.Unit ?? column.Unit ?? (table.TitleUnit is { } title && Units.Find(title.Split(',')[0].Trim()) is { } unit && unit != Units.None ? unit : null);

    /// <summary>
    /// Whether a cell rounds to the figure as the sentence writes it: 1,562만명 is 15,624천명 to the nearest 만.
    /// </summary>
    private static bool RoundsTo(double cell, TextFigure figure)
    {
        var written = figure.Passage.Text.Substring(figure.Quantity.Start, figure.Quantity.Length);
        var numbers = WrittenNumber().Matches(written);
        if (numbers.Count != 1 || !double.TryParse(numbers[0].Value.Replace(",", "", StringComparison.Ordinal), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number) || number == 0)
        {
            return false;
        }
        var decimals = numbers[0].Value.Contains('.', StringComparison.Ordinal) ? numbers[0].Value.Length - numbers[0].Value.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
        var step = Math.Abs(figure.Value / number) * Math.Pow(10, -decimals);
        return Math.Abs(cell - figure.Value) <= step / 2 + 1e-9;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\d[\d,]*(?:\.\d+)?")]
    private static partial System.Text.RegularExpressions.Regex WrittenNumber();

    private static bool Same(double a, double b) => Math.Abs(a - b) <= Math.Max(1e-9, Math.Max(Math.Abs(a), Math.Abs(b)) * 1e-6);

    private static string Compact(string name) => TextNormalizer.Compact(Regex.Replace(name, @"\([^)]*\)", ""));

    /// <summary>Where a name starts a word of text[from..to] (수입 in "수입은", not in "비에너지 수입"'s 에너지수입), the last such place.</summary>
    private static int IndexOfWord(string text, string compactName, int from, int to)
    {
        var at = to;
        while (at > from && (at = IndexIgnoringSpaces(text, compactName, from, at)) >= 0)
        {
            if (at == 0 || !char.IsLetterOrDigit(text[at - 1]))
            {
                return at;
            }
        }
        return -1;
    }

    /// <summary>Where a compact name occurs in text[from..to] when marks and spaces are ignored, as an index of text; the last occurrence.</summary>
    private static int IndexIgnoringSpaces(string text, string compactName, int from, int to)
    {
        var positions = new List<int>(Math.Max(0, to - from));
        var builder = new System.Text.StringBuilder(Math.Max(0, to - from));
        for (var i = from; i < to && i < text.Length; i++)
        {
            if (char.IsLetterOrDigit(text[i]) || text[i] is '%' or '.' or '~' or '\'')
            {
                builder.Append(char.ToLowerInvariant(text[i]));
                positions.Add(i);
            }
        }
        var at = builder.ToString().LastIndexOf(compactName, StringComparison.Ordinal);
        return at < 0 ? -1 : positions[at];
    }

    [GeneratedRegex(@"모두|총\s?\d|전체|합계|누계|통틀어|\d+\s*(?:년|개월)간|지난\s?\d+\s*(?:년|개월)|\d\S{0,4}\s중\s")]
    private static partial Regex Totality();

    [GeneratedRegex(@"전년|작년|지난해")]
    private static partial Regex PreviousYear();

    [GeneratedRegex(@"올해|금년|이번 해")]
    private static partial Regex ThisYear();

    [GeneratedRegex(@"한도|최대|최소|상한|하한|이내|이상|이하|미만|초과|까지|만점")]
    private static partial Regex LimitWords();

    [GeneratedRegex(@"증감|증가|감소|률|율|%p|변화")]
    private static partial Regex ChangeWords();

    /// <summary>What a cell is, from its text and header: a limit (30만㎡ 이상, 총 한도), a rate of change (증감률), or a value.</summary>
    private static FigureRole KindOf(string cellAndHeader, Unit unit) =>
        LimitWords().IsMatch(cellAndHeader) ? FigureRole.Limit
        : unit.Family is UnitFamily.Percent or UnitFamily.PercentPoint && ChangeWords().IsMatch(cellAndHeader) ? FigureRole.Change
        : FigureRole.Value;
}
