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
        if (question.Operation is not (Operation.Average or Operation.Sum) || question.Divisor is not null || best is null)
        {
            return false;
        }
        foreach (var filter in RowFilters.Find(match).Where(f => f.Rows.Count >= 2).OrderByDescending(f => f.Score))
        {
            var table = filter.Table;
            var selection = ranked.FirstOrDefault(e => e.Table?.Table == table && e.Coverage >= MinCoverage && e.Coverage >= best.Coverage - 0.1)?.Table;
            var column = selection?.Columns.FirstOrDefault(c => c.Kind == ColumnKind.Number && c != filter.Column && filter.Rows.All(r => table.Cell(r, c).Value is not null));
            if (column is null)
            {
                continue;
            }
            var operands = filter.Rows.Select(r => Operand.FromCell(match.Document, table, r, column)).ToList();
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
            draft.Focus.Operands.Add(new Operand(result.Value, result.Unit, result.Label, operands[0].Doc, operands[0].Line, operands[0].Quote, null));
            return true;
        }
        return false;
    }
}
