using Answering.Composing;
using Answering.Contract;
using Answering.Computing;
using Answering.Documents;
using Answering.Evidence;
using Answering.Understanding;
using Knowledge.Tables;

namespace Answering.Answerers;

public static partial class ClaimAnswerer
{
    [System.Text.RegularExpressions.GeneratedRegex(@"늘|증가|증액|확대|상승|올랐|오른|오르")]
    private static partial System.Text.RegularExpressions.Regex RiseWord();

    [System.Text.RegularExpressions.GeneratedRegex(@"줄|감소|감액|축소|하락|내렸|내린|깎|삭감|떨어")]
    private static partial System.Text.RegularExpressions.Regex FallWord();

    /// <summary>
    /// "R&amp;D 예산이 줄었다던데": a claim of a rise or fall without a figure, checked against the named row's change — its
    /// 증감 column, or its two period columns — and answered with that change, computed or as written.
    /// </summary>
    private static bool DirectionClaim(DocumentMatch match, IReadOnlyList<FoundEvidence> ranked, List<(Corpus.Quantities.Quantity Quantity, int Bound)> claimed, AnswerDraft draft)
    {
        var text = match.Question.Text;
        var rises = RiseWord().IsMatch(text);
        var falls = FallWord().IsMatch(text);
        // A claimed rate of change (5.6% 늘었다) may speak of the table's total; a bare rise or fall needs its row named.
        if (rises == falls || ranked.FirstOrDefault(e => e.Table is { Rows.Count: 1 } t && (!t.RowsDefaulted || claimed.Count == 1) && e.Coverage >= 0.6) is not { Table: { } selection })
        {
            return false;
        }
        var table = selection.Table;
        var row = selection.Rows[0];
        var periods = Periods(match.Question, table, row);
        if (periods.Count < 2)
        {
            return false;
        }
        var earlier = Operand.FromCell(match.Document, table, row, periods[^2]);
        var later = Operand.FromCell(match.Document, table, row, periods[^1]);
        var change = Calculator.Difference(draft.English ? "change" : "증감", later, earlier);
        if (Math.Abs(change.Value) < 1e-9)
        {
            return false;
        }
        var holds = change.Value > 0 == rises;
        var english = draft.English;
        // A claimed rate (5.6% 늘었다) is met by the row's rate of change, computed once and shown.
        var rate = claimed.Count == 1 && claimed[0].Quantity.Unit.Family == Corpus.Quantities.UnitFamily.Percent && earlier.Value != 0
            ? Calculator.Growth(english ? "rate of change" : "증감률", earlier, later) : null;
        if (claimed.Count == 1)
        {
            if (ClaimedChange(claimed[0].Quantity, earlier, later, rate) is not { } matches)
            {
                return false;
            }
            holds &= matches;
            rate?.Record(draft);
        }
        var markers = (change with { Value = Math.Abs(change.Value) }).Record(draft);
        draft.Verdict = holds ? Verdicts.Supported : Verdicts.Refuted;
        var amount = Amounts.Format(Math.Abs(change.Value), change.Unit);
        var way = change.Value > 0 ? (english ? "rose" : "늘었습니다") : (english ? "fell" : "줄었습니다");
        var rateText = rate is null ? "" : english ? $" That is {Amounts.Format(Math.Abs(rate.Value), rate.Unit)} ({rate.Formula})." : $" 증감률로는 {Amounts.Format(Math.Abs(rate.Value), rate.Unit)}입니다 ({rate.Formula}).";
        draft.Say(english
            ? $"{(holds ? "Yes" : "No")} — {row.Name} {way} from {earlier.Display} ({string.Join(" ", periods[^2].Path)}) to {later.Display} ({string.Join(" ", periods[^1].Path)}), by {amount} ({change.Formula}) {markers}."
            : $"{(holds ? "네, 맞습니다." : "사실과 다릅니다.")} 문서에서 {Josa.With(row.Name, "은/는")} {string.Join(" ", periods[^2].Path)} {earlier.Display}에서 {string.Join(" ", periods[^1].Path)} {Josa.With(later.Display, "으로/로")} {amount} {way} ({change.Formula}) {markers}.{rateText}");
        return true;
    }

    /// <summary>
    /// The two period columns of the row the claim compares: the stages or years it names (1단계 → 2단계, each stage's
    /// 소계 when it has one), else the table's last two years.
    /// </summary>
    private static List<ColumnModel> Periods(Question question, TableModel table, RowModel row)
    {
        var columns = table.Columns.Where(c => c.Kind == ColumnKind.Number && !Compute.IsChangeLabel(c.Label) && table.Cell(row, c).Value is not null).ToList();
        if (question.Stages.Count >= 2)
        {
            return [.. question.Stages.Order().Select(s => columns.Where(c => c.Stages.Count == 1 && c.Stages[0] == s).OrderByDescending(c => c.IsTotal).FirstOrDefault())
                .OfType<ColumnModel>()];
        }
        if (question.Years.Count >= 2)
        {
            return [.. question.Years.Order().Select(y => columns.FirstOrDefault(c => c.Years.Count == 1 && c.Years[0] == y)).OfType<ColumnModel>()];
        }
        if (question.Stages.Count > 0)
        {
            return [];
        }
        return [.. columns.Where(c => c.Years.Count > 0 && c.Stages.Count == 0).OrderBy(c => c.Years.Max()).TakeLast(2)];
    }

    /// <summary>Whether a claimed change (5.6%, 8,580억원) is the row's: null when it is neither a rate nor an amount of the row's unit.</summary>
    private static bool? ClaimedChange(Corpus.Quantities.Quantity claim, Operand earlier, Operand later, Calculation? rate)
    {
        if (rate is not null)
        {
            return Math.Abs(Math.Abs(rate.Value) - claim.Value) <= 0.051;
        }
        if (claim.Unit.SameFamily(later.Unit))
        {
            return Math.Abs(Math.Abs(later.Value - earlier.In(later.Unit)) - claim.Unit.Convert(claim.Value, later.Unit)) <= Math.Max(1e-6, claim.Value * 0.001);
        }
        return null;
    }
}
