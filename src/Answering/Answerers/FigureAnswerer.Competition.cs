using Answering.Composing;
using Answering.Computing;
using Answering.Documents;
using Answering.Evidence;
using Answering.Understanding;
using Corpus.Quantities;
using Knowledge.Figures;
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
        // Ranked without the percent-only filter: the counts it divides are no percentages. A row named, or the total row
        // for the whole ("전체 경쟁률"); "경쟁률이 가장 높은 유형" weighs every row.
        var ranks = match.Question.Operation == Operation.Rank;
        foreach (var selection in EvidenceFinder.Rank(match).Select(e => e.Table).OfType<TableSelection>()
            .Where(s => s.Rows.Count == 1 && (!s.RowsDefaulted || s.Rows[0].IsTotal) || ranks && s.RowsDefaulted).Take(3))
        {
            var table = selection.Table;
            if (table.Columns.Any(c => c.Label.Contains("경쟁률", StringComparison.Ordinal)))
            {
                continue;
            }
            if (ranks && RankedCompetition(match, table, draft))
            {
                return true;
            }
            if (selection.Rows.Count != 1)
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
            var ratio = Competition(draft, row, applications, selections);
            var markers = ratio.Record(draft);
            draft.Kind = "computed";
            draft.Say(draft.English
                ? $"{row.Name}: {applications.Display} applications for {selections.Display} selected, a competition ratio of {ratio.Display} ({ratio.Formula}) {markers}."
                : $"{Josa.With(row.Name, "은/는")} {applications.Display} 신청에 {selections.Display} 선정으로, 경쟁률은 {ratio.Display}입니다 ({ratio.Formula}) {markers}.");
            draft.Focus.Operands.Add(ratio.CitedAs(applications));
            return true;
        }
        return !ranks && StatedCompetition(match, draft);
    }

    // "3,850개사가 신청하여 1,020개사가 선정되었습니다": the count before 신청 and the count before 선정.
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:[가-힣]{1,4}?\s*)?(?:이|가|이나|가량)?\s*(?:신청|지원했|접수)")]
    private static partial System.Text.RegularExpressions.Regex AppliedAfter();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:[가-힣]{1,4}?\s*)?(?:이|가|을|를)?\s*(?:최종\s*)?(?:선정|선발|채택)")]
    private static partial System.Text.RegularExpressions.Regex ChosenAfter();

    /// <summary>
    /// A sentence that states how many applied and how many were chosen, without a table: 신청 ÷ 선정, from the sentence of
    /// the asked year when the question names one. Declines when two sentences fit equally.
    /// </summary>
    private static bool StatedCompetition(DocumentMatch match, AnswerDraft draft)
    {
        var found = new List<(TextFigure Applied, TextFigure Chosen, int Overlap)>();
        foreach (var passage in match.Document.Passages.Where(p => p.Unit.Table is null))
        {
            var figures = match.Document.FiguresIn(passage).Where(f => f.Unit.Family is UnitFamily.Count or UnitFamily.People).ToList();
            var applied = figures.FirstOrDefault(f => AppliedAfter().IsMatch(passage.Text[f.Quantity.End..]));
            var chosen = applied is null ? null : figures.FirstOrDefault(f => f.Quantity.Start > applied.Quantity.End && ChosenAfter().IsMatch(passage.Text[f.Quantity.End..]));
            if (applied is null || chosen is null || chosen.Value <= 0 || applied.Value < chosen.Value)
            {
                continue;
            }
            var years = Knowledge.Dates.DateScanner.Years(passage.Normalized).ToHashSet();
            if (match.Years.Count > 0 && !match.Years.Any(years.Contains))
            {
                continue;
            }
            found.Add((applied, chosen, match.Question.Terms.Count(passage.Terms.Contains)));
        }
        var best = found.OrderByDescending(f => f.Overlap).FirstOrDefault();
        if (best.Applied is null || found.Count(f => f.Overlap == best.Overlap) > 1)
        {
            return false;
        }
        var quote = Quote.Sentence(best.Applied.Passage.Text, best.Applied.Quantity.Start);
        var applications = Operand.FromText(best.Applied, draft.English ? "applications" : "신청", quote);
        var selections = Operand.FromText(best.Chosen, draft.English ? "selected" : "선정", quote);
        var ratio = new Calculation(draft.English ? "competition ratio" : "경쟁률", Amounts.Rounded(applications.Value / selections.Value, Units.Ratio), Units.Ratio,
            $"{Amounts.Plain(applications.Value)} / {Amounts.Plain(selections.Value)}", [applications, selections]);
        var markers = ratio.Record(draft);
        draft.Kind = "computed";
        draft.Say(draft.English
            ? $"{applications.Display} applied and {selections.Display} were selected, a competition ratio of {ratio.Display} ({ratio.Formula}) {markers}."
            : $"{applications.Display} 신청에 {selections.Display} 선정으로, 경쟁률은 {ratio.Display}입니다 ({ratio.Formula}) {markers}.");
        draft.Focus.Operands.Add(ratio.CitedAs(applications));
        return true;
    }

    /// <summary>"경쟁률이 가장 높았던 유형": each body row's 신청 ÷ 선정, the highest (or lowest) named with its inputs.</summary>
    private static bool RankedCompetition(DocumentMatch match, TableModel table, AnswerDraft draft)
    {
        var ratios = new List<(RowModel Row, Operand Applications, Operand Selections, double Value)>();
        foreach (var row in table.Rows.Where(r => !r.IsTotal))
        {
            if (CountColumn(table, row, "신청") is { } applied && CountColumn(table, row, "선정") is { } chosen
                && Operand.FromCell(match.Document, table, row, chosen) is { Value: > 0 } selections)
            {
                var applications = Operand.FromCell(match.Document, table, row, applied);
                ratios.Add((row, applications, selections, applications.Value / selections.Value));
            }
        }
        if (ratios.Count < 2)
        {
            return false;
        }
        var lowest = match.Question.Rank == RankOrder.Lowest;
        var top = lowest ? ratios.MinBy(r => r.Value) : ratios.MaxBy(r => r.Value);
        var ratio = Competition(draft, top.Row, top.Applications, top.Selections);
        var markers = ratio.Record(draft);
        draft.Kind = "computed";
        // Every ratio the answer writes is a figure of its own, with its inputs.
        var others = string.Join(", ", ratios.Where(r => r.Row != top.Row).Select(r =>
            Competition(draft, r.Row, r.Applications, r.Selections) is var other ? $"{r.Row.Name} {other.Display} {other.Record(draft)}" : ""));
        draft.Say(draft.English
            ? $"By competition ratio (applications ÷ selected), the {(lowest ? "lowest" : "highest")} is {top.Row.Name}: {top.Applications.Display} for {top.Selections.Display}, {ratio.Display} ({ratio.Formula}) {markers}. The others: {others}."
            : $"경쟁률(신청 ÷ 선정)이 가장 {(lowest ? "낮은" : "높은")} 곳은 {Josa.With(top.Row.Name, "으로/로")}, {top.Applications.Display} 신청에 {top.Selections.Display} 선정이라 {ratio.Display}입니다 ({ratio.Formula}) {markers}. 나머지는 {others}입니다.");
        draft.Focus.Operands.Add(ratio.CitedAs(top.Applications));
        return true;
    }

    /// <summary>A row's competition ratio, applications over selections, with both as its inputs.</summary>
    private static Calculation Competition(AnswerDraft draft, RowModel row, Operand applications, Operand selections) =>
        new(draft.English ? $"{row.Name} competition ratio" : $"{row.Name} 경쟁률", Amounts.Rounded(applications.Value / selections.Value, Units.Ratio), Units.Ratio,
            $"{Amounts.Plain(applications.Value)} / {Amounts.Plain(selections.Value)}", [applications, selections]);

    /// <summary>The column of a count headed by a word (신청, 선정): its total (계) when the header spans several.</summary>
    private static ColumnModel? CountColumn(TableModel table, RowModel row, string word)
    {
        var under = table.Columns.Where(c => c.Kind == ColumnKind.Number && c.Path.Count > 0 && c.Path[0].Contains(word, StringComparison.Ordinal)
            && table.Cell(row, c).Value is not null && (table.Cell(row, c).Unit ?? c.Unit) is not { IsMoney: true } and not { Family: UnitFamily.Percent }).ToList();
        return under.Count == 1 ? under[0] : under.FirstOrDefault(c => c.IsTotal || c.Path[^1] is "계" or "합계" or "소계");
    }
}
