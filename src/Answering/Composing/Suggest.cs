using Answering.Evidence;
using Knowledge.Tables;

namespace Answering.Composing;

/// <summary>
/// Follow-up questions made from what the answer stood on: the same row's other columns, the same column's other
/// rows, the table's total, in the document's own words.
/// </summary>
public static class Suggest
{
    public static void AfterCells(AnswerDraft draft, TableSelection selection)
    {
        var table = selection.Table;
        var row = selection.Rows.FirstOrDefault();
        var column = selection.Columns.FirstOrDefault();
        if (row is null || column is null)
        {
            return;
        }
        var english = draft.English;
        var otherColumn = table.Columns.FirstOrDefault(c => c.Kind is ColumnKind.Number && c != column && !selection.Columns.Contains(c));
        if (otherColumn is not null)
        {
            var name = string.Join(" ", otherColumn.Path);
            draft.FollowUp(english ? $"What about {row.Name} {name}?" : $"{row.Name} {Josa.With(name, "은/는")} 얼마인가요?");
        }
        var otherRow = table.Rows.FirstOrDefault(r => r != row && !r.IsTotal && !selection.Rows.Contains(r));
        if (otherRow is not null)
        {
            draft.FollowUp(english ? $"And for {otherRow.Name}?" : $"{otherRow.Name}{(EndsWithConsonant(otherRow.Name) ? "은요" : "는요")}?");
        }
        var total = table.Rows.LastOrDefault(r => r.IsTotal);
        if (total is not null && !selection.Rows.Contains(total))
        {
            var columnName = string.Join(" ", column.Path);
            draft.FollowUp(english ? $"What share of the {total.Name} is that?" : $"{total.Name} 중 비중은 몇 %인가요?");
        }
    }

    public static void About(AnswerDraft draft, string korean, string english) => draft.FollowUp(draft.English ? english : korean);

    private static bool EndsWithConsonant(string word) => Josa.With(word, "은/는").EndsWith('은');
}
