using System.Text.RegularExpressions;
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
    /// "R&amp;D 예산이 가장 많이 늘어난 해는?": the row's figure year by year, each year's change from the one before, and the
    /// year with the largest rise (or fall), each change shown with its formula.
    /// </summary>
    private static bool YearOverYear(DocumentMatch match, IReadOnlyList<FoundEvidence> ranked, AnswerDraft draft)
    {
        var question = match.Question;
        if (question.Rank is not (RankOrder.Highest or RankOrder.Lowest) || !AsksPeriod().IsMatch(question.Text) && !AsksPeriod().IsMatch(question.Original))
        {
            return false;
        }
        var best = ranked.FirstOrDefault();
        var selection = ranked.FirstOrDefault(e => e.Table is { RowsDefaulted: false, Rows.Count: 1 } && best is not null && e.Coverage >= MinCoverage && e.Coverage >= best.Coverage - 0.1)?.Table;
        if (selection is null)
        {
            return false;
        }
        var table = selection.Table;
        var row = selection.Rows[0];
        var yearly = table.Columns.Where(c => c.Kind == ColumnKind.Number && !c.IsTotal && c.Years.Count == 1 && table.Cell(row, c).Value is not null)
            .GroupBy(c => c.Years[0]).Select(g => g.First()).OrderBy(c => c.Years[0]).ToList();
        if (yearly.Count < 3)
        {
            return false;
        }
        var english = draft.English;
        var changes = yearly.Zip(yearly.Skip(1), (before, after) => (Before: Operand.FromCell(match.Document, table, row, before), After: Operand.FromCell(match.Document, table, row, after), Year: after.Years[0])).ToList();
        // 늘어난 asks for the largest rise; 줄어든 for the largest fall; 가장 적게 늘어난 for the smallest rise.
        var falling = question.Direction < 0;
        var ordered = falling ? changes.OrderBy(c => c.After.Value - c.Before.Value) : changes.OrderByDescending(c => c.After.Value - c.Before.Value);
        var pick = question.Rank == RankOrder.Lowest ? ordered.Last() : ordered.First();
        var change = Calculator.Difference(english ? $"{row.Name} change in {pick.Year}" : $"{row.Name} {pick.Year}년 증감", pick.After, pick.Before);
        var markers = change.Record(draft);
        draft.Kind = "computed";
        var others = new List<string>();
        foreach (var other in changes.Where(c => c != pick))
        {
            var each = Calculator.Difference(english ? $"{row.Name} change in {other.Year}" : $"{row.Name} {other.Year}년 증감", other.After, other.Before);
            var eachMarkers = each.Record(draft);
            others.Add($"{other.Year}{(english ? "" : "년")} {Signed(each.Value)}{each.Unit.Symbol} ({each.Formula}) {eachMarkers}");
        }
        var verb = falling ? (english ? "fell" : "줄었습니다") : (english ? "rose" : "늘었습니다");
        draft.Say(english
            ? $"{row.Name} {verb} most in {pick.Year}: from {pick.Before.Display} to {pick.After.Display}, a change of {change.Display} ({change.Formula}) {markers}. Other years: {string.Join("; ", others)}."
            : $"{Josa.With(row.Name, "은/는")} {pick.Year}년에 가장 많이 {verb}. {pick.Before.Display}에서 {Josa.With(pick.After.Display, "으로/로")} {Signed(change.Value)}{change.Unit.Symbol}입니다 ({change.Formula}) {markers}. 다른 해의 증감은 {string.Join(", ", others)}입니다.");
        draft.Focus.Operands.Add(change.CitedAs(pick.After));
        return true;
    }

    private static string Signed(double value) => (value > 0 ? "+" : "") + Amounts.Plain(value);

    [GeneratedRegex(@"(?:해|연도|년도|시기)\s*(?:는|가|은|이|를|가\s?언제)?\s*\??$|어느\s?해|몇\s?년도|언제|which year|what year|in which year", RegexOptions.IgnoreCase)]
    private static partial Regex AsksPeriod();
}
