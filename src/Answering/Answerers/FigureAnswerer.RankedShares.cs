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
    /// "신규 조성 중 인구감소지역 비율이 가장 높은 시도": each row's part column over the whole column beside it (계, 합계),
    /// ranked — the table states both counts but no share, so the shares are computed row by row.
    /// </summary>
    private static bool RankedShares(DocumentMatch match, IReadOnlyList<FoundEvidence> ranked, AnswerDraft draft)
    {
        var question = match.Question;
        if (question.Operation != Operation.Share || question.Rank is not (RankOrder.Highest or RankOrder.Lowest)
            || ranked.FirstOrDefault(e => e.Table is not null && e.Coverage >= MinCoverage) is not { Table: { } selection })
        {
            return false;
        }
        var table = selection.Table;
        var part = selection.Columns.FirstOrDefault(c => c.Kind == ColumnKind.Number && !c.IsTotal);
        var whole = part is null ? null : table.Columns.FirstOrDefault(c => c != part && c.IsTotal && c.Kind == ColumnKind.Number && SameGroup(c, part));
        if (part is null || whole is null)
        {
            return false;
        }
        var shares = table.Rows.Where(r => !r.IsTotal && table.Cell(r, part).Value is not null && table.Cell(r, whole).Value is > 0)
            .Select(r => (Row: r, Share: Calculator.Share(draft.English ? "share" : "비율", Operand.FromCell(match.Document, table, r, part), Operand.FromCell(match.Document, table, r, whole))))
            .ToList();
        if (shares.Count < 2)
        {
            return false;
        }
        var ordered = question.Rank == RankOrder.Lowest ? shares.OrderBy(s => s.Share.Value).ToList() : shares.OrderByDescending(s => s.Share.Value).ToList();
        var tied = ordered.TakeWhile(s => Math.Abs(s.Share.Value - ordered[0].Share.Value) < 1e-9).ToList();
        var english = draft.English;
        var partName = string.Join(" ", part.Path);
        var wholeName = string.Join(" ", whole.Path);
        draft.Kind = "computed";
        var named = tied.Select(s => $"{s.Row.Name} {s.Share.Display} ({s.Share.Formula}) {s.Share.Record(draft)}").ToList();
        var order = question.Rank == RankOrder.Lowest ? (english ? "lowest" : "가장 낮은") : (english ? "highest" : "가장 높은");
        draft.Say(english
            ? $"Dividing {partName} by {wholeName} row by row, the {order} share is {string.Join(", ", named)}."
            : $"{Josa.With(partName, "을/를")} {Josa.With(wholeName, "으로/로")} 나눠 보면 비율이 {order} 곳은 {string.Join(", ", named)}입니다.");
        if (ordered.Count > tied.Count)
        {
            var next = ordered[tied.Count];
            draft.Say(english
                ? $"Next is {next.Row.Name} at {next.Share.Display} ({next.Share.Formula}) {next.Share.Record(draft)}."
                : $"다음은 {next.Row.Name} {next.Share.Display}입니다 ({next.Share.Formula}) {next.Share.Record(draft)}.");
        }
        return true;
    }
}
