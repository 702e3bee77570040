using Answering.Computing;
using Answering.Documents;
using Answering.Evidence;
using Answering.Understanding;
using Knowledge.Tables;

namespace Answering.Answerers;

public static partial class FigureAnswerer
{
    /// <summary>
    /// "올해 본예산이랑 비교하면 몇 % 증가한 건가요?" after "2026년 정부안 방송통신발전기금 총액은": a change asked of the one
    /// cell the earlier answer stated, against the same measure in another period of its table — the row (or column) of
    /// the period the turn names, else the period just before. Null when the turn names a new row or column of its own.
    /// </summary>
    private static List<Operand>? EarlierAgainstPeriod(DocumentMatch match)
    {
        var question = match.Question;
        if (question.Operation is not (Operation.Growth or Operation.Difference) || match.Previous?.Focus.Operands is not [var stated]
            || stated.SourceTable is not { } table || stated.Row is not { } row || stated.Column is not { } column)
        {
            return null;
        }
        var fresh = question.Terms.Where(t => !match.Previous.Question.Terms.Contains(t) && !Coverage.IsOperationWord(t)).ToList();
        if (fresh.Any(t => table.Rows.Any(r => r.Years.Count == 0 && r.Terms.Contains(t)) || table.Columns.Any(c => c.Years.Count == 0 && c.Terms.Contains(t))))
        {
            return null;
        }
        var asked = match.Years;
        if (row.Years.Count == 1)
        {
            var rows = table.Rows.Where(r => r != row && r.Years.Count == 1 && r.Years[0] < row.Years[0] && table.Cell(r, column).Value is not null).ToList();
            var partner = rows.FirstOrDefault(r => asked.Contains(r.Years[0])) ?? rows.OrderByDescending(r => r.Years[0]).FirstOrDefault();
            return partner is null ? null : [Operand.FromCell(match.Document, table, row, column), Operand.FromCell(match.Document, table, partner, column)];
        }
        if (column.Years.Count == 1)
        {
            var columns = table.Columns.Where(c => c != column && c.Kind == ColumnKind.Number && c.Years.Count == 1 && c.Years[0] < column.Years[0]
                && SameGroup(c, column) && table.Cell(row, c).Value is not null).ToList();
            var partner = columns.FirstOrDefault(c => asked.Contains(c.Years[0])) ?? columns.OrderByDescending(c => c.Years[0]).FirstOrDefault();
            return partner is null ? null : [Operand.FromCell(match.Document, table, row, column), Operand.FromCell(match.Document, table, row, partner)];
        }
        return null;
    }
}
