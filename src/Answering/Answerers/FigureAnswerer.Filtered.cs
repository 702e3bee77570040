using Answering.Composing;
using Answering.Computing;
using Answering.Documents;
using Answering.Evidence;
using Answering.Understanding;
using Knowledge.Tables;

namespace Answering.Answerers;

public static partial class FigureAnswerer
{
    /// <summary>
    /// "C등급 센터들 평균 점수", "통합실증형 과제 국비 합계": the rows a condition selects, then their mean or sum in the column
    /// the question names — not the table's own average or total over every row.
    /// </summary>
    private static bool Filtered(DocumentMatch match, IReadOnlyList<FoundEvidence> ranked, AnswerDraft draft)
    {
        var question = match.Question;
        var best = ranked.FirstOrDefault();
        if (question.Operation is not (Operation.Average or Operation.Sum or Operation.Share) || question.Divisor is not null || best is null)
        {
            return false;
        }
        var filters = RowFilters.Find(match).ToList();
        foreach (var found in filters.Where(f => f.Rows.Count >= 2).OrderByDescending(f => f.Score))
        {
            if (question.Operation == Operation.Share && NamesRowElsewhere(match, found) || NamesMoreRowsElsewhere(match, found))
            {
                // The document states the category's own share inputs in a table of its own (복합형 row): read those, do not re-add a list.
                continue;
            }
            var filter = Combined(found, filters);
            var table = filter.Table;
            var selection = ranked.FirstOrDefault(e => e.Table?.Table == table && e.Coverage >= MinCoverage && e.Coverage >= best.Coverage - 0.1)?.Table;
            var column = QuotedTotalColumn(question, table, filter) ?? selection?.Columns.FirstOrDefault(c => c.Kind == ColumnKind.Number && c != filter.Column && filter.Rows.All(r => table.Cell(r, c).Value is not null));
            if (column is null && question.Operation == Operation.Share && !question.Has(Asks.Amount) && question.Quantities.Count == 0
                && filter.Column is { Kind: ColumnKind.Category } && filter.Rows.All(r => r.Name.Length > 0))
            {
                // "등급이 오른 센터의 비율": the rows themselves are counted, not a column of them added.
                SayRowShare(match, draft, filter);
                return true;
            }
            if (column is null)
            {
                continue;
            }
            var operands = filter.Rows.Select(r => Operand.FromCell(match.Document, table, r, column)).ToList();
            if (question.Operation == Operation.Share)
            {
                if (WholeOfColumn(match, table, column) is not { } whole)
                {
                    continue;
                }
                SayShare(draft, filter, column, operands, whole);
                return true;
            }
            var english = draft.English;
            var columnName = string.Join(" ", column.Path);
            var sum = question.Operation == Operation.Sum;
            var result = Calculator.InUnit(sum
                ? Calculator.Sum(english ? $"{columnName} total ({filter.Condition})" : $"{filter.Condition} {columnName} 합계", operands)
                : Calculator.Mean(english ? $"{columnName} average ({filter.Condition})" : $"{filter.Condition} {columnName} 평균", operands), question.TargetUnit);
            var markers = result.Record(draft);
            var names = string.Join(", ", operands.Select(o => $"{o.Entity} {o.Display}"));
            draft.Kind = "computed";
            draft.Say(english
                ? $"The rows where {filter.Condition} applies are {operands.Count}: {names}. Their {(sum ? "total" : "average")} {columnName} is {result.Display} ({result.Formula}) {markers}."
                : $"‘{filter.Condition}’에 해당하는 곳은 {operands.Count}곳({names})이고, {columnName}의 {(sum ? "합계는" : "평균은")} {result.Display}입니다 ({result.Formula}) {markers}.");
            draft.Focus.Operands.Add(result.CitedAs(operands[0]));
            return true;
        }
        return false;
    }

    /// <summary>"도 지역 후보지는 몇 개소이고 비중은": the rows' sum, then that sum's share of the column's total.</summary>
    private static void SayShare(AnswerDraft draft, RowFilter filter, ColumnModel column, List<Operand> operands, Operand whole)
    {
        var english = draft.English;
        var columnName = string.Join(" ", column.Path);
        var part = Calculator.Sum(english ? $"{columnName} total ({filter.Condition})" : $"{filter.Condition} {columnName} 합계", operands);
        var partMarkers = part.Record(draft);
        var partOperand = part.CitedAs(operands[0]);
        var share = Calculator.Share(english ? $"share of {part.Label}" : $"{part.Label} 비중", partOperand, whole);
        var shareMarkers = share.Record(draft);
        var names = string.Join(", ", operands.Select(o => $"{o.Entity} {o.Display}"));
        draft.Kind = "computed";
        draft.Say(english
            ? $"The rows where {filter.Condition} applies are {operands.Count} ({names}), {part.Display} in all ({part.Formula}) {partMarkers}. That is {share.Display} of {whole.Label} ({whole.Display}) ({share.Formula}) {shareMarkers}."
            : $"‘{filter.Condition}’에 해당하는 곳은 {operands.Count}곳({names})으로 합계 {part.Display}입니다 ({part.Formula}) {partMarkers}. 이는 {whole.Label}({whole.Display})의 {share.Display}입니다 ({share.Formula}) {shareMarkers}.");
        draft.Focus.Operands.Add(share.CitedAs(whole));
    }

    /// <summary>The share of a table's rows a condition selects: each selected row cited, the count over the table's rows.</summary>
    private static void SayRowShare(DocumentMatch match, AnswerDraft draft, RowFilter filter)
    {
        var table = filter.Table;
        var body = table.Rows.Where(r => !r.IsTotal).ToList();
        var unit = Corpus.Quantities.Units.Find("곳")!;
        var rows = filter.Rows.Select(r => Operand.FromCell(match.Document, table, r, filter.Column!) with { Value = 1, Unit = unit }).ToList();
        var english = draft.English;
        var part = Calculator.Sum(english ? $"rows with {filter.Condition}" : $"{filter.Condition} 해당 수", rows);
        var partMarkers = part.Record(draft);
        var first = body[0];
        var whole = new Operand(body.Count, unit, english ? $"rows of “{table.Title}”" : $"「{table.Title}」 전체", match.Document.Name, first.Line,
            match.Document.Document.Line(first.Line).Trim(), null);
        var share = Calculator.Share(english ? $"share of {part.Label}" : $"{part.Label} 비중", part.CitedAs(rows[0]), whole);
        var shareMarkers = share.Record(draft);
        var names = string.Join(", ", filter.Rows.Select(r => r.Name));
        draft.Kind = "computed";
        draft.AddFigure(whole.Label, body.Count, unit, english ? $"count of {body.Count} rows" : $"{body.Count}개 행", []);
        draft.Say(english
            ? $"{part.Display} of the {body.Count} rows of “{table.Title}” have {filter.Condition} ({names}) {partMarkers}: {share.Display} ({share.Formula}) {shareMarkers}."
            : $"「{table.Title}」의 {body.Count}곳 가운데 {filter.Condition}에 해당하는 곳은 {part.Display}({names})으로 {share.Display}입니다 ({share.Formula}) {partMarkers}.");
        draft.Focus.Operands.Add(share.CitedAs(rows[0]));
    }

    /// <summary>The column's total row, or — for a table without one — nothing: a share needs the document's whole.</summary>
    private static Operand? WholeOfColumn(DocumentMatch match, TableModel table, ColumnModel column) =>
        table.Rows.LastOrDefault(r => r.IsTotal && table.Cell(r, column).Value is not null) is { } total ? Operand.FromCell(match.Document, table, total, column) : null;

    /// <summary>"충족 후보지 50개소 가운데": the column whose total is the whole the question quotes.</summary>
    private static ColumnModel? QuotedTotalColumn(Question question, TableModel table, RowFilter filter) =>
        question.Quantities.Count == 0 ? null : table.Columns.FirstOrDefault(c => c.Kind == ColumnKind.Number && c != filter.Column
            && filter.Rows.All(r => table.Cell(r, c).Value is not null)
            && table.Rows.Any(r => r.IsTotal && table.Cell(r, c).Value is double total && question.Quantities.Any(q => Math.Abs(q.Value - total) < 1e-9)));

    /// <summary>Whether a single condition is itself a row of another table (유형별 표의 가공형 행).</summary>
    private static bool NamesRowElsewhere(DocumentMatch match, RowFilter filter) => TablesWithConditionRow(match, filter).Any();

    /// <summary>
    /// "창업·벤처랑 소상공인 분야 예산을 합치면": another table has a row for each value the question names, while the
    /// filter keeps only one of them — the question adds those rows, not the list one value selects.
    /// </summary>
    private static bool NamesMoreRowsElsewhere(DocumentMatch match, RowFilter filter) =>
        TablesWithConditionRow(match, filter).Any(t => t.Rows.Count(r => !r.IsTotal && TableQuery.NameCompact(r.Name) is { Length: >= 2 } name
            && TableQuery.ContainsName(match.Question.Compact, name)) >= 2);

    /// <summary>The other tables that have a row of their own named as the filter's condition (a 분야 row for 분야 = 소상공인).</summary>
    private static IEnumerable<TableModel> TablesWithConditionRow(DocumentMatch match, RowFilter filter)
    {
        if (filter.Column is null || filter.BySign)
        {
            return [];
        }
        var name = TableQuery.NameCompact(filter.Condition);
        return match.Document.Tables.Where(t => t != filter.Table && !t.Table.IsBlock && t.Rows.Any(r => !r.IsTotal && TableQuery.NameCompact(r.Name) == name));
    }

    /// <summary>
    /// "선정된 전남 거점들": every condition the question states on the same table's other columns narrows the rows
    /// (선정 ∩ 전남), as long as some rows remain.
    /// </summary>
    private static RowFilter Combined(RowFilter filter, IReadOnlyList<RowFilter> all)
    {
        var rows = filter.Rows;
        var conditions = new List<string> { filter.Condition };
        foreach (var other in all.Where(o => o.Table == filter.Table && !o.BySign && o.Column is not null && o.Column != filter.Column))
        {
            var narrowed = rows.Where(other.Rows.Contains).ToList();
            if (narrowed.Count > 0 && narrowed.Count < rows.Count && !conditions.Contains(other.Condition))
            {
                rows = narrowed;
                conditions.Add(other.Condition);
            }
        }
        return rows == filter.Rows ? filter : filter with { Rows = rows, Condition = string.Join(" · ", conditions) };
    }
}
