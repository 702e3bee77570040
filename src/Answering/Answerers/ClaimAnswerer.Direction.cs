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
        // Two periods of one measure: an amount beside a share ('26년 상반기 13,190억원, '26년 비중 21.1%) is no change.
        if (!earlier.Unit.SameFamily(later.Unit))
        {
            return false;
        }
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
    /// "작년보다 2.4점 올랐다", "전년 대비 120억원 늘었다": the amount stands right before the word of the rise or fall against an
    /// earlier period ("96억원으로 늘었다" claims the level reached, not the change).
    /// </summary>
    private static bool ClaimsChange(Question question, Corpus.Quantities.Quantity claimed)
    {
        var text = question.Text;
        if (claimed.End > text.Length || !ComparedWord().IsMatch(text[..claimed.Start]))
        {
            return false;
        }
        var after = text[claimed.End..].TrimStart();
        return after.Length > 0 && (RiseWord().Match(after) is { Success: true, Index: <= 2 } || FallWord().Match(after) is { Success: true, Index: <= 2 })
            && !after.StartsWith('으') && !after.StartsWith('로');
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"보다|대비|전년|작년|지난해")]
    private static partial System.Text.RegularExpressions.Regex ComparedWord();

    /// <summary>
    /// The two period columns of the row the claim compares: the stages or years it names (1단계 → 2단계, each stage's
    /// 소계 when it has one), else the table's last two years.
    /// </summary>
    private static List<ColumnModel> Periods(Question question, TableModel table, RowModel row)
    {
        var columns = table.Columns.Where(c => c.Kind == ColumnKind.Number && !Compute.IsChangeLabel(c.Label) && table.Cell(row, c).Value is not null).ToList();
        columns = MeasuredColumns(question, columns);
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

    /// <summary>
    /// The columns of the measure the claim names (비중 among 금액·비중 columns): a claim word that names some of the
    /// row's columns but not all, a period word (상반기, '26년) aside. All columns when it names none.
    /// </summary>
    private static List<ColumnModel> MeasuredColumns(Question question, List<ColumnModel> columns)
    {
        foreach (var token in question.Tokens.Where(t => t.IsContent && t.Surface.Length >= 2 && !PeriodWord().IsMatch(t.Surface)))
        {
            // A whole word of the header (비중 of '26년 비중), not a piece of one (예산 of 본예산).
            var named = columns.Where(c => c.Path.Any(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(token.Surface, StringComparer.Ordinal))).ToList();
            if (named.Count > 0 && named.Count < columns.Count)
            {
                return named;
            }
        }
        return columns;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"반기|분기|연도|년|월")]
    private static partial System.Text.RegularExpressions.Regex PeriodWord();

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

public static partial class ClaimAnswerer
{
    /// <summary>
    /// "비수도권 비중이 작년보다 줄었다" against "비수도권이 차지하는 비중은 21.1%로 전년 동기(20.2%)보다 0.9%p 높아졌다": the
    /// clause that writes the claim's subject words and a change says which way it went, whatever else near it rose or fell.
    /// </summary>
    private static bool TextDirectionClaim(DocumentMatch match, IReadOnlyList<PassageMatch> passages, AnswerDraft draft)
    {
        var text = match.Question.Text;
        var rises = RiseWord().IsMatch(text) || HigherWord().IsMatch(text);
        var falls = FallWord().IsMatch(text) || LowerWord().IsMatch(text);
        if (rises == falls)
        {
            return false;
        }
        var subject = match.EvidenceTerms.Where(t => t.Length >= 2 && !match.IsNaming(t) && !Coverage.IsOperationWord(t) || t == "비중").Distinct().ToList();
        if (subject.Count == 0)
        {
            return false;
        }
        var best = (Passage: (Knowledge.Documents.Passage?)null, Clause: "", Rose: false, Carried: 0);
        foreach (var found in passages.Where(p => p.Coverage >= Carries).Take(8))
        {
            foreach (var clause in SentenceBreak().Split(found.Passage.Text))
            {
                var carried = subject.Count(t => clause.Contains(t, StringComparison.Ordinal));
                var up = RiseWord().IsMatch(clause) || HigherWord().IsMatch(clause);
                var down = FallWord().IsMatch(clause) || LowerWord().IsMatch(clause);
                if (up != down && carried > best.Carried)
                {
                    best = (found.Passage, clause, up, carried);
                }
            }
        }
        // Every subject word, or two of them at least, must stand in the clause: one shared word is another thing's change.
        if (best.Passage is not { } stated || best.Carried < Math.Min(2, subject.Count) || best.Carried < subject.Count - 1)
        {
            return false;
        }
        var holds = best.Rose == rises;
        var english = draft.English;
        var marker = draft.Cite(stated);
        var quote = Shown.Row(Shown.Text(best.Clause.Trim()));
        draft.Verdict = holds ? Verdicts.Supported : Verdicts.Refuted;
        // Said as the document says it: a share 높아졌다, an amount 늘었다.
        var way = best.Rose ? (english ? "rose" : HigherWord().IsMatch(best.Clause) ? "높아졌다고" : "늘었다고")
            : (english ? "fell" : LowerWord().IsMatch(best.Clause) ? "낮아졌다고" : "줄었다고");
        draft.Say(english
            ? $"{(holds ? "Yes" : "No")} — the document says it {way}: “{quote}” {marker}"
            : $"{(holds ? "네, 맞습니다." : "사실과 다릅니다.")} 문서에는 {way} 나와 있습니다. “{quote}” {marker}");
        return true;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"높아|높였|높이|커졌|많아")]
    private static partial System.Text.RegularExpressions.Regex HigherWord();

    [System.Text.RegularExpressions.GeneratedRegex(@"낮아|낮췄|낮춰|낮추|작아|적어")]
    private static partial System.Text.RegularExpressions.Regex LowerWord();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=[.!?])\s+|\n")]
    private static partial System.Text.RegularExpressions.Regex SentenceBreak();
}
