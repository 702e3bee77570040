using System.Text.RegularExpressions;
using Answering.Documents;
using Corpus.Quantities;
using Knowledge.Dates;
using Knowledge.Figures;
using Knowledge.Language;
using Knowledge.Tables;

namespace Answering.Rules.Data;

/// <summary>A rate of change the document states for something (미국 증감률 3.0; 수입 1~7월 누계 증감률 △4.4), where, and for what period.</summary>
public sealed record Rate(double Value, string Label, string Period, double Score)
{
    public TableModel? Table { get; init; }
    public RowModel? Row { get; init; }
    public ColumnModel? Column { get; init; }
    public TextFigure? Figure { get; init; }

    /// <summary>Months the period covers (7월 → 7; 1~7월 누계 → 1…7), empty when it names none.</summary>
    public IReadOnlyList<int> Months { get; init; } = [];

    public bool Cumulative { get; init; }

    /// <summary>What a change column changes: the figure column it follows (취업자 before 증감), when the table pairs them.</summary>
    public string? Measure { get; init; }
}

/// <summary>
/// Finds the rates of change a document gives for what a question names: cells of a rate column (증감률, 증가율, 증감) in the row
/// the question names, and amounts of running text that say how much something rose or fell (3.0% 증가한). Rows are named by
/// the question's words (대미 = 미국, 석화 = 석유화학); a row's several rate columns are its periods (7월, 1~7월 누계).
/// </summary>
public static partial class RateFinder
{
    [GeneratedRegex(@"증감률|증가율|증감율|증감|성장률|변동률|감소율|상승률")]
    private static partial Regex RateWord();

    [GeneratedRegex(@"누계|누적|~\s?\d{1,2}\s?월|∼\s?\d{1,2}\s?월")]
    private static partial Regex CumulativeWord();

    public static IReadOnlyList<Rate> Find(DocumentMatch match)
    {
        var question = match.Question;
        var terms = match.EvidenceTerms.Where(t => !IsMeasureOrTime(t)).ToList();
        var rates = new List<Rate>();
        foreach (var table in match.Document.Tables.Where(t => !t.Table.IsBlock))
        {
            var columns = table.Columns.Where(c => c.Kind == ColumnKind.Number && IsChange(c.Label)).ToList();
            if (columns.Count == 0)
            {
                continue;
            }
            var measures = columns.ToDictionary(c => c, c => MeasureOf(table, c));
            // A question naming one of the measures a table's change columns follow (부산 취업자가 늘었나요) asks about its change only.
            var namedMeasures = columns.Where(c => measures[c] is { } m && question.Compact.Contains(TextNormalizer.Compact(m), StringComparison.Ordinal)).ToList();
            if (namedMeasures.Count == 0)
            {
                namedMeasures = [.. columns.Where(c => measures[c] is { } m && TermAnalyzer.Terms(m).Select(Lexicon.Canonical).Any(terms.Contains))];
            }
            if (namedMeasures.Count > 0)
            {
                columns = namedMeasures;
            }
            else if (table.Columns.Any(c => c.Kind == ColumnKind.Number && !IsChange(c.Label) && !measures.ContainsValue(c.Label.Trim()) && c.Label.Trim().Length >= 2
                && question.Compact.Contains(TextNormalizer.Compact(c.Label), StringComparison.Ordinal)))
            {
                // 제주 실업률이 … 낮은가요? names a figure with no change column: the changes of the others are not asked.
                continue;
            }
            // A count's change (천명) is read only where it follows the count it changes; alone, a rate column is a percentage.
            columns = [.. columns.Where(c => c.Unit?.Family is null or UnitFamily.Percent or UnitFamily.PercentPoint || measures[c] is not null)];
            var title = terms.Where(table.TitleTermSet.Contains).Sum(t => match.Weight(t) * 0.5);
            foreach (var row in table.Rows)
            {
                var named = terms.Where(t => row.Terms.Contains(t)).Sum(match.Weight)
                    + (row.Name.Length >= 2 && question.Compact.Contains(TextNormalizer.Compact(row.Name), StringComparison.Ordinal)
                        ? 1.5 * Math.Max(0.3, row.Terms.Select(match.Weight).DefaultIfEmpty(0).Max()) : 0);
                if (named <= 0)
                {
                    continue;
                }
                foreach (var column in columns)
                {
                    if (table.Cell(row, column).Value is not double value)
                    {
                        continue;
                    }
                    var period = column.Label;
                    rates.Add(new Rate(value, $"{row.Name} {measures[column]} {column.Label}".Replace("  ", " ", StringComparison.Ordinal).Trim(), period, named + title)
                    {
                        Measure = measures[column],
                        Table = table,
                        Row = row,
                        Column = column,
                        Months = MonthsOf(period + " " + table.Title),
                        Cumulative = CumulativeWord().IsMatch(period),
                    });
                }
            }
        }
        foreach (var figure in match.Document.Figures.Where(f => f.Role == FigureRole.Change && f.Unit.Family is UnitFamily.Percent or UnitFamily.PercentPoint))
        {
            var score = terms.Sum(t => figure.Weight(t) * match.Weight(t));
            if (score <= 0.5)
            {
                continue;
            }
            var clause = Evidence.FigureSearch.ClauseText(figure).Text;
            // A clause cut at a decimal point (45.3%로 … → "3%로 …") is read whole from its sentence.
            if (clause.Length > 0 && char.IsDigit(clause[0]))
            {
                clause = Composing.Quote.Sentence(figure.Passage.Text, figure.Quantity.Start);
            }
            var sign = Regex.IsMatch(figure.Passage.Text[figure.Quantity.End..Math.Min(figure.Passage.Text.Length, figure.Quantity.End + 12)], @"감소|줄|하락|떨어") ? -1 : 1;
            rates.Add(new Rate(Math.Abs(figure.Value) * (figure.Value < 0 ? -1 : sign), Composing.Shown.Text(clause).TrimEnd('.', ' '), clause, score * 0.8)
            {
                Figure = figure,
                Months = MonthsOf(clause),
                Cumulative = CumulativeWord().IsMatch(clause),
            });
        }
        return [.. rates.OrderByDescending(r => r.Score)];
    }

    private static bool IsChange(string label) => RateWord().IsMatch(label) || ChangeHeaders.AgainstBase(label);

    /// <summary>
    /// The figure column a change column follows (취업자 | 증감 | 고용률 | 증감): the nearest number column before it that is not
    /// a change itself, when the table alternates figures and their changes; null for a table of periods (2024 | 2025 | 증감).
    /// </summary>
    private static string? MeasureOf(TableModel table, ColumnModel column)
    {
        if (column.Index < 1 || table.Columns[column.Index - 1] is not { Kind: ColumnKind.Number } before || IsChange(before.Label)
            || MonthsOf(before.Label).Count > 0 || before.Label.Any(char.IsDigit))
        {
            return null;
        }
        return before.Label.Trim();
    }

    /// <summary>The months a period's words cover: 7월 → 7; 1~7월 → 1…7.</summary>
    public static IReadOnlyList<int> MonthsOf(string text)
    {
        var normalized = TextNormalizer.Normalize(text);
        var range = Regex.Match(normalized, @"(?<a>\d{1,2})\s?~\s?(?<b>\d{1,2})\s?월");
        if (range.Success)
        {
            var a = int.Parse(range.Groups["a"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var b = int.Parse(range.Groups["b"].Value, System.Globalization.CultureInfo.InvariantCulture);
            return a <= b && b <= 12 ? [.. Enumerable.Range(a, b - a + 1)] : [];
        }
        return [.. DateScanner.Scan(normalized).Where(d => d.Month is not null && d.Day is null).Select(d => d.Month!.Value).Distinct()];
    }

    private static bool IsMeasureOrTime(string term) =>
        term is "증가" or "감소" or "증감률" or "비중" or "전년" or "동월" or "작년" or "올해" or "같은" or "보다" or "대비" or "기준" or "동향" or "실적" or "품목" or "전체";
}
