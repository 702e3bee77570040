using Answering.Documents;
using Knowledge.Language;
using Knowledge.Tables;

namespace Answering.Evidence;

/// <summary>A condition on a table's rows that a question states: a category (S등급, 동남권, 상승) or a sign (줄어든, 감소한).</summary>
public sealed record RowFilter(TableModel Table, IReadOnlyList<RowModel> Rows, string Condition, ColumnModel? Column, double Score)
{
    /// <summary>Selected by the sign of a change (줄어든), which a question states without naming the table.</summary>
    public bool BySign { get; init; }
}

/// <summary>
/// Finds the rows a question's condition selects: a value of a category or key column written in the question (S등급,
/// 동남권, 대구, 통합실증형, 에너지 신산업), a change word matched to a 상승/하락 column, or a decrease (줄어든) read from a
/// rate column's sign or from two period columns.
/// </summary>
public static class RowFilters
{
    public static IEnumerable<RowFilter> Find(DocumentMatch match)
    {
        var question = match.Question;
        IReadOnlyList<string> questionWords = [.. question.Terms, .. question.Predicates];
        foreach (var table in match.Document.Tables.Where(t => !t.Table.IsBlock && t.Rows.Count >= 2 && !t.IsContactTable))
        {
            var titleScore = match.EvidenceTerms.Where(table.TitleTermSet.Contains).Sum(match.Weight);
            foreach (var column in table.Columns.Where(c => c.Kind is ColumnKind.Category or ColumnKind.Key or ColumnKind.Text))
            {
                var values = table.Rows.Where(r => !r.IsTotal).Select(r => (Row: r, Text: Value(table, r, column))).Where(v => v.Text.Length > 0).ToList();
                var distinctNames = values.Select(v => v.Text).Distinct().Count() == values.Count;
                foreach (var group in values.GroupBy(v => v.Text))
                {
                    if (group.Count() == values.Count && values.Count > 1)
                    {
                        continue;
                    }
                    // A column of distinct row names selects a row, it does not filter rows — unless the question asks where.
                    if (distinctNames && column.Index == 0 && !question.Has(Understanding.Asks.Where))
                    {
                        continue;
                    }
                    if (Mentions(question.Compact, questionWords, group.Key, column))
                    {
                        // "선정된 곳" takes in 조건부 선정 too: a value qualified in front is still that value, unless the qualified one is asked.
                        var key = TableQuery.NameCompact(group.Key);
                        var rows = values.Where(v => v.Text == group.Key || key.Length >= 2 && TableQuery.NameCompact(v.Text).EndsWith(key, StringComparison.Ordinal)
                                && !Mentions(question.Compact, questionWords, v.Text, column))
                            .Select(v => v.Row).ToList();
                        // Of two columns of one kind (2024년 평가 › 종합등급, 2023년 평가 › 종합등급), the one of the year asked (or the document's).
                        var years = match.Years.Count > 0 ? match.Years : match.Document.Profile.Year is int y ? [y] : [];
                        var period = column.Years.Count == 0 ? 0 : years.Contains(column.Years[0]) ? 1 : -1;
                        // A category column (유형, 등급 변동) filters; a column of row names mostly names one row.
                        if (rows.Count < 2 && column.Kind != ColumnKind.Category)
                        {
                            // One row named by its own cell is a row to read, not a condition that selects rows.
                            continue;
                        }
                        var kind = column.Kind == ColumnKind.Category ? 2 : 1;
                        yield return new RowFilter(table, rows, group.Key, column, titleScore + 2 + Math.Min(group.Key.Length, 8) * 0.2 + period + kind);
                    }
                }
            }
            if (PlaceKindFilter(question, table) is { } byPlace)
            {
                yield return byPlace with { Score = byPlace.Score + titleScore };
            }
            if (AsksEnded(question.Compact, table) && EndedFilter(table) is { } ended)
            {
                yield return ended with { Score = ended.Score + titleScore };
            }
            if (question.Direction != 0)
            {
                if (SignFilter(match, table, question.Direction) is { } sign)
                {
                    // "줄어든 시도는 어디": of two tables with falling rows, the one whose rows are places.
                    var places = AsksPlaces(question) && sign.Rows.All(r => Regions.In(r.Name).Count > 0) ? 1 : 0;
                    yield return sign with { Score = sign.Score + titleScore + places };
                }
            }
        }
    }

    /// <summary>A cell's text, or for a grouped row-header column the group it inherits.</summary>
    private static string Value(TableModel table, RowModel row, ColumnModel column)
    {
        if (column.Kind == ColumnKind.Key && column.Index < row.Header.Count && row.Header.Count == table.Table.RowHeaderWidth)
        {
            return row.Header[column.Index].TrimEnd('*').Trim();
        }
        return row.Cells[column.Index].Text.TrimEnd('*').Trim();
    }

    private static bool Mentions(string questionCompact, IReadOnlyList<string> questionTerms, string value, ColumnModel column)
    {
        var compact = TableQuery.NameCompact(value);
        if (compact.Length == 0)
        {
            return false;
        }
        if (compact.Length == 1)
        {
            // A grade letter counts only as "S등급", "C 등급", "A급".
            return questionCompact.Contains(compact + "등급", StringComparison.Ordinal) || questionCompact.Contains(compact + "급", StringComparison.Ordinal);
        }
        if (TableQuery.ContainsName(questionCompact, compact))
        {
            return true;
        }
        // 상승 = 오른, 하락 = 떨어진: the same word in general language.
        var canonical = Lexicon.Canonical(value.Trim());
        return canonical != value.Trim() && questionTerms.Contains(canonical);
    }

    /// <summary>
    /// "도 지역 후보지", "광역시만": the rows of a table of 시·도 whose place is of the kind the question names — general
    /// knowledge of which 시·도 are 도 and which are cities, not a list the document gives.
    /// </summary>
    private static RowFilter? PlaceKindFilter(Understanding.Question question, TableModel table)
    {
        if (question.PlaceKinds.Count != 1 || question.PlaceKinds[0] is not ("도" or "광역시"))
        {
            return null;
        }
        var body = table.Rows.Where(r => !r.IsTotal).Select(r => (Row: r, Region: Regions.Find(r.Name))).ToList();
        if (body.Count < 3 || body.Count(b => b.Region is not null) < body.Count * 0.8)
        {
            return null;
        }
        var wantCities = question.PlaceKinds[0] == "광역시";
        var rows = body.Where(b => b.Region is { } region && region.IsCity == wantCities).Select(b => b.Row).ToList();
        var key = table.Columns.FirstOrDefault(c => c.Kind == ColumnKind.Key);
        return rows.Count > 0 && rows.Count < body.Count ? new RowFilter(table, rows, question.PlaceKinds[0], key, 3) : null;
    }

    /// <summary>Whether the question asks which places (시도, 지역, 어느 시·도): its rows are regions.</summary>
    private static bool AsksPlaces(Understanding.Question question) =>
        question.Terms.Contains("지역") || question.Text.Contains("시·도", StringComparison.Ordinal) || question.Text.Contains("시도", StringComparison.Ordinal);

    /// <summary>Rows that decreased (or increased): a negative rate, or a later period below an earlier one.</summary>
    private static RowFilter? SignFilter(DocumentMatch match, TableModel table, int direction)
    {
        var rate = NamedChange(match, table) ?? table.Columns.FirstOrDefault(c => c.Kind == ColumnKind.Number && IsChange(c) && c.Unit?.Family is Corpus.Quantities.UnitFamily.Percent or null);
        var rows = table.Rows.Where(r => !r.IsTotal).ToList();
        if (rate is not null)
        {
            var selected = rows.Where(r => table.Cell(r, rate).Value is double v && Math.Sign(v) == direction).ToList();
            return selected.Count > 0 && selected.Count < rows.Count ? new RowFilter(table, selected, direction < 0 ? "감소" : "증가", rate, 1.5) { BySign = true } : null;
        }
        // Two columns of one measure in two years: compare them.
        var periods = table.Columns.Where(c => c.Kind == ColumnKind.Number && c.Years.Count > 0).ToList();
        var pair = periods.SelectMany(a => periods.Where(b => b.Years[0] < a.Years[0] && SameMeasure(a, b)).Select(b => (Later: a, Earlier: b))).FirstOrDefault();
        if (pair.Later is null)
        {
            return null;
        }
        var changed = rows.Where(r => table.Cell(r, pair.Later).Value is double later && table.Cell(r, pair.Earlier).Value is double earlier && Math.Sign(later - earlier) == direction).ToList();
        return changed.Count > 0 && changed.Count < rows.Count ? new RowFilter(table, changed, direction < 0 ? "감소" : "증가", pair.Later, 1.5) { BySign = true } : null;
    }

    private static bool IsChange(ColumnModel column) =>
        column.Label.Contains("증감률") || column.Label.Contains("증가율") || column.Label.Contains("증감");

    /// <summary>
    /// "취업자가 줄어든 시도": the change column written right after the measure the question names (취업자 | 증감), whatever
    /// its unit — its sign says which rows fell, as a rate's would.
    /// </summary>
    private static ColumnModel? NamedChange(DocumentMatch match, TableModel table)
    {
        var columns = table.Columns;
        for (var i = 1; i < columns.Count; i++)
        {
            var measure = columns[i - 1];
            if (columns[i].Kind == ColumnKind.Number && IsChange(columns[i]) && !IsChange(measure)
                && measure.Terms.Any(t => match.EvidenceTerms.Contains(t) && !match.IsNaming(t) && !Coverage.IsOperationWord(t)))
            {
                return columns[i];
            }
        }
        return null;
    }

    private static readonly string[] EndedWords = ["0원", "폐지", "일몰", "전액삭감", "없어진", "사라진"];

    /// <summary>
    /// "0원이 된 사업", "폐지된 사업": rows whose amount ends at nothing — unless the word is the table's own title
    /// (주요 감액·일몰 사업), which names every row of it rather than some.
    /// </summary>
    private static bool AsksEnded(string compact, TableModel table)
    {
        var title = TextNormalizer.Compact(table.Title);
        return EndedWords.Any(w => compact.Contains(w, StringComparison.Ordinal) && !title.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>Rows that had an amount in the earlier period and none in the later: ended, not merely cut.</summary>
    private static RowFilter? EndedFilter(TableModel table)
    {
        var periods = table.Columns.Where(c => c.Kind == ColumnKind.Number && c.Years.Count > 0).ToList();
        var pair = periods.SelectMany(a => periods.Where(b => b.Years[0] < a.Years[0] && SameMeasure(a, b)).Select(b => (Later: a, Earlier: b))).FirstOrDefault();
        if (pair.Later is null)
        {
            return null;
        }
        var rows = table.Rows.Where(r => !r.IsTotal).ToList();
        var ended = rows.Where(r => table.Cell(r, pair.Later).Value is 0.0 && table.Cell(r, pair.Earlier).Value is > 0).ToList();
        return ended.Count > 0 && ended.Count < rows.Count ? new RowFilter(table, ended, "0", pair.Later, 2) { BySign = true } : null;
    }

    private static bool SameMeasure(ColumnModel a, ColumnModel b) =>
        a.Path.Count > 0 && b.Path.Count > 0 && a.Path[^1] == b.Path[^1] || a.Path.Count == 1 && b.Path.Count == 1;
}
