using System.Text.RegularExpressions;
using Answering.Composing;
using Answering.Computing;
using Answering.Documents;
using Answering.Evidence;
using Answering.Understanding;
using Corpus.Quantities;
using Knowledge.Figures;
using Knowledge.Language;
using Knowledge.Tables;

namespace Answering.Answerers;

public static partial class FigureAnswerer
{
    // "10% 증액", "5% 감액", "동결": a cell that states how an amount changes, not the amount.
    [GeneratedRegex(@"(?<rate>\d+(?:\.\d+)?)\s*%\s*(?:(?<up>증액|인상|증가|확대|가산|상향)|(?<down>감액|인하|감소|삭감|축소|차감|하향))|(?<same>동결)")]
    private static partial Regex ChangeCell();

    // The words after an amount that make it a change or a total, not the level a change applies to.
    [GeneratedRegex(@"^\s*(?:\([^)]*\)\s*)?(?:이?\s*)?(?:늘|줄|증가|감소|증액|감액|인상|인하|확대|축소|많|적)")]
    private static partial Regex ChangeAfter();

    [GeneratedRegex(@"(?:총|합계|전체|누적|모두)\s*$")]
    private static partial Regex TotalBefore();

    /// <summary>
    /// "S등급 센터의 '25년 운영비는 얼마": the table states the change (10% 증액, 동결, 10% 감액) and the text the level it
    /// applies to ("'24년 센터별 운영비는 24억원"): the amount is worked out, and two such amounts compared when asked.
    /// </summary>
    private static bool AdjustedAmount(DocumentMatch match, IReadOnlyList<FoundEvidence> ranked, AnswerDraft draft)
    {
        var question = match.Question;
        if (question.Has(Asks.Percent) || !(question.Has(Asks.Amount) || MoneyWords().IsMatch(question.Text) || question.Operation == Operation.Ratio)
            || ranked.FirstOrDefault(e => e.Coverage >= MinCoverage) is not { Table: { } selection })
        {
            return false;
        }
        var changes = ChangedCells(selection);
        if (question.Operation == Operation.Ratio && changes.Count == 1 && NamedRows(question, selection.Table, changes[0].Column) is { Count: 2 } both)
        {
            // "S등급이 D등급의 몇 배": both rows the question names, whichever one the selection kept.
            changes = both;
        }
        if (changes.Count == 0 || changes.Count > 4)
        {
            return false;
        }
        var adjusted = new List<(Calculation Result, string Change)>();
        foreach (var (row, column, change) in changes)
        {
            if (Level(match, selection.Table, column) is not { } level)
            {
                return false;
            }
            adjusted.Add((Adjust(match, selection.Table, row, column, change, level, draft.English), change.Value));
        }
        draft.Kind = "computed";
        var english = draft.English;
        var sentences = new List<string>();
        foreach (var (result, changeText) in adjusted)
        {
            var markers = result.Record(draft);
            var level = result.Inputs[0];
            sentences.Add(english
                ? $"{result.Label} is {result.Display}: {level.Display} with the table's ‘{changeText}’ applied ({result.Formula}) {markers}"
                : $"{Josa.With(result.Label, "은/는")} {result.Display}입니다. {level.Display}에 표의 ‘{changeText}’을 적용한 값이에요 ({result.Formula}) {markers}");
            if (question.TargetUnit is { } target && target.SameFamily(result.Unit) && target != result.Unit)
            {
                var converted = Calculator.Convert($"{result.Label} ({target.Symbol})", result.CitedAs(level), target);
                var convertedMarkers = converted.Record(draft);
                sentences.Add(english ? $"In {target.Symbol}, that is {converted.Display} ({converted.Formula}) {convertedMarkers}" : $"{Josa.With(target.Symbol, "으로/로")}는 {converted.Display}입니다 ({converted.Formula}) {convertedMarkers}");
            }
        }
        if (question.Operation == Operation.Ratio && adjusted.Count == 2)
        {
            var ratio = Calculator.Ratio(english ? $"{adjusted[0].Result.Label} to {adjusted[1].Result.Label}" : $"{adjusted[0].Result.Label} 대비 {adjusted[1].Result.Label}",
                adjusted[0].Result.CitedAs(adjusted[0].Result.Inputs[0]), adjusted[1].Result.CitedAs(adjusted[1].Result.Inputs[0]));
            var markers = ratio.Record(draft);
            sentences.Add(english
                ? $"The first is {ratio.Display} the second ({ratio.Formula}) {markers}"
                : $"{Josa.With(adjusted[0].Result.Label, "은/는")} {adjusted[1].Result.Label}의 {ratio.Display}입니다 ({ratio.Formula}) {markers}");
        }
        draft.Say(Say.Sentences(sentences, english));
        return true;
    }

    private static List<(RowModel Row, ColumnModel Column, Match Change)> NamedRows(Question question, TableModel table, ColumnModel column)
    {
        var named = new List<(RowModel, ColumnModel, Match)>();
        foreach (var row in table.Rows.OrderBy(r => NamePosition(question, r)))
        {
            var terms = TermAnalyzer.Terms(row.Name);
            if (terms.Count > 0 && terms.All(question.Terms.Contains) && ChangeCell().Match(table.Cell(row, column).Text) is { Success: true } change)
            {
                named.Add((row, column, change));
            }
        }
        return named;
    }

    /// <summary>Where the question names a row (S등급 before D등급 in "S등급이 D등급의 몇 배"), so the first named comes first.</summary>
    private static int NamePosition(Question question, RowModel row)
    {
        var at = question.Text.IndexOf(row.Name, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? int.MaxValue : at;
    }

    private static List<(RowModel Row, ColumnModel Column, Match Change)> ChangedCells(TableSelection selection)
    {
        var found = new List<(RowModel, ColumnModel, Match)>();
        foreach (var (row, column, cell) in selection.Cells)
        {
            if (ChangeCell().Match(cell.Text) is { Success: true } change)
            {
                found.Add((row, column, change));
            }
        }
        return found;
    }

    /// <summary>
    /// The level an amount column's changes apply to: an amount of the column's measure written in the text, neither a
    /// total (총 384억원) nor itself a change (2.4억원 줄어든다), nor of the period the column changes to.
    /// </summary>
    private static Operand? Level(DocumentMatch match, TableModel table, ColumnModel column)
    {
        var terms = TermAnalyzer.Terms(string.Join(" ", column.Path)).Where(t => !t.Any(char.IsDigit)).ToList();
        if (terms.Count == 0)
        {
            return null;
        }
        var head = terms.OrderByDescending(t => t.Length).First();
        var columnYears = Knowledge.Dates.DateScanner.Years(string.Join(" ", column.Path)).ToHashSet();
        var candidates = match.Document.Figures
            .Where(f => f.Unit.IsMoney && f.Weight(head) >= 0.5 && match.Document.TableOf(f.Passage) != table)
            .Where(f => !ChangeAfter().IsMatch(f.Passage.Text[(f.Quantity.Start + f.Quantity.Length)..])
                && !TotalBefore().IsMatch(f.Passage.Text[..f.Quantity.Start])
                && !Knowledge.Dates.DateScanner.Years(f.Passage.Text).Any(columnYears.Contains))
            .Select(f => (Figure: f, Weight: terms.Sum(f.Weight)))
            .OrderByDescending(c => c.Weight)
            .ToList();
        if (candidates.Count == 0 || candidates.Count > 1 && candidates[1].Weight >= candidates[0].Weight - 0.01 && candidates[1].Figure.Value != candidates[0].Figure.Value)
        {
            return null;
        }
        var level = candidates[0].Figure;
        return Operand.FromText(level, Labels.Of(level), Quote.Sentence(level.Passage.Text, level.Quantity.Start));
    }

    private static Calculation Adjust(DocumentMatch match, TableModel table, RowModel row, ColumnModel column, Match change, Operand level, bool english)
    {
        var label = Operand.CellLabel(table, row, column);
        var source = Operand.FromCell(match.Document, table, row, column);
        if (change.Groups["same"].Success)
        {
            return new Calculation(label, level.Value, level.Unit, english ? $"{Amounts.Plain(level.Value)} (unchanged)" : $"{Amounts.Plain(level.Value)} (동결)", [level, source]);
        }
        var rate = double.Parse(change.Groups["rate"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var sign = change.Groups["up"].Success ? "+" : "-";
        var value = level.Value * (1 + (sign == "+" ? rate : -rate) / 100);
        var rateOperand = source with { Value = rate, Unit = Units.Percent };
        return new Calculation(label, Amounts.Rounded(value, level.Unit), level.Unit, $"{Amounts.Plain(level.Value)} × (1 {sign} {Amounts.Plain(rate)} / 100)", [level, rateOperand]);
    }
}
