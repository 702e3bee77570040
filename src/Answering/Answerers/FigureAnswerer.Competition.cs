using Answering.Composing;
using Answering.Computing;
using Answering.Documents;
using Answering.Evidence;
using Corpus.Quantities;
using Knowledge.Tables;

namespace Answering.Answerers;

public static partial class FigureAnswerer
{
    /// <summary>
    /// "물류형 경쟁률은 몇 대 1": a competition ratio is applications over selections (신청 ÷ 선정), computed from the row's
    /// 신청 and 선정 cells when the document states no 경쟁률 for that row.
    /// </summary>
    private static bool CompetitionRatio(DocumentMatch match, AnswerDraft draft)
    {
        if (!match.Question.Text.Contains("경쟁률", StringComparison.Ordinal) && !match.Question.Text.Contains("competition ratio", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        // Ranked without the percent-only filter: the counts it divides are no percentages.
        foreach (var selection in EvidenceFinder.Rank(match).Select(e => e.Table).OfType<TableSelection>().Where(s => !s.RowsDefaulted && s.Rows.Count == 1).Take(3))
        {
            var table = selection.Table;
            if (table.Columns.Any(c => c.Label.Contains("경쟁률", StringComparison.Ordinal)))
            {
                continue;
            }
            var row = selection.Rows[0];
            if (CountColumn(table, row, "신청") is not { } applied || CountColumn(table, row, "선정") is not { } chosen)
            {
                continue;
            }
            var applications = Operand.FromCell(match.Document, table, row, applied);
            var selections = Operand.FromCell(match.Document, table, row, chosen);
            if (selections.Value <= 0)
            {
                continue;
            }
            var label = draft.English ? $"{row.Name} competition ratio" : $"{row.Name} 경쟁률";
            var value = applications.Value / selections.Value;
            var ratio = new Calculation(label, Amounts.Rounded(value, Units.Ratio), Units.Ratio,
                $"{Amounts.Plain(applications.Value)} / {Amounts.Plain(selections.Value)}", [applications, selections]);
            var markers = ratio.Record(draft);
            draft.Kind = "computed";
            draft.Say(draft.English
                ? $"{row.Name}: {applications.Display} applications for {selections.Display} selected, a competition ratio of {ratio.Display} ({ratio.Formula}) {markers}."
                : $"{Josa.With(row.Name, "은/는")} {applications.Display} 신청에 {selections.Display} 선정으로, 경쟁률은 {ratio.Display}입니다 ({ratio.Formula}) {markers}.");
            draft.Focus.Operands.Add(ratio.CitedAs(applications));
            return true;
        }
        return false;
    }

    /// <summary>The column of a count headed by a word (신청, 선정): its total (계) when the header spans several.</summary>
    private static ColumnModel? CountColumn(TableModel table, RowModel row, string word)
    {
        var under = table.Columns.Where(c => c.Kind == ColumnKind.Number && c.Path.Count > 0 && c.Path[0].Contains(word, StringComparison.Ordinal)
            && table.Cell(row, c).Value is not null && (table.Cell(row, c).Unit ?? c.Unit) is not { IsMoney: true } and not { Family: UnitFamily.Percent }).ToList();
        return under.Count == 1 ? under[0] : under.FirstOrDefault(c => c.IsTotal || c.Path[^1] is "계" or "합계" or "소계");
    }
}
