using Answering.Composing;
using Answering.Documents;
using Answering.Understanding;
using Corpus.Quantities;
using Knowledge.Tables;

namespace Answering.Computing;

/// <summary>
/// Runs the operation a question asks on the operands found for it and writes the result: the figure with its formula,
/// each input cited, in the question's language.
/// </summary>
public static partial class Compute
{
    public static bool Run(DocumentMatch match, List<Operand> operands, AnswerDraft draft)
    {
        var question = match.Question;
        var english = draft.English;
        draft.Kind = "computed";
        operands = [.. operands.Where(o => o.Unit != Units.None || o.Value != 0)];
        if (operands.Count == 0)
        {
            return false;
        }
        if (question.Operation == Operation.Growth && operands.Count == 2 && BaseOfStatedChange(match, operands, english) is var (based, baseStep))
        {
            operands = based;
            baseStep?.Record(draft);
        }
        var perColumnSum = question.Operation == Operation.Sum && operands.All(o => o.Column is not null && o.Row is not null)
            && operands.Select(o => o.Column).Distinct().Count() > 1 && operands.Select(o => o.Row).Distinct().Count() > 1;
        if (question.Operation is Operation.Sum or Operation.Difference or Operation.Growth or Operation.Ratio or Operation.Share && !perColumnSum)
        {
            // Only amounts of one family can be added or compared: keep the family most operands share.
            var family = operands.GroupBy(o => o.Unit.Family).OrderByDescending(g => g.Count()).ThenBy(g => g.Key == UnitFamily.Percent ? 1 : 0).First().Key;
            operands = [.. operands.Where(o => o.Unit.Family == family)];
            if (question.Operation != Operation.Sum && operands.Count < 2)
            {
                return false;
            }
            if (question.Operation is Operation.Ratio or Operation.Share or Operation.Difference)
            {
                operands = MentionOrder(question, operands);
            }
        }
        switch (question.Operation)
        {
            case Operation.Sum when perColumnSum:
            {
                // Two rows of two columns (선정 과제 수와 예산을 각각): a sum for each column.
                var sentences = new List<string>();
                foreach (var column in operands.GroupBy(o => o.Column!))
                {
                    var items = column.ToList();
                    var columnSum = Calculator.InUnit(Calculator.Sum(english ? $"total {string.Join(" ", column.Key.Path)}" : $"{string.Join(" ", column.Key.Path)} 합계", items), question.TargetUnit);
                    var columnMarkers = columnSum.Record(draft);
                    var columnNames = string.Join(english ? ", " : "·", items.Select(o => $"{o.Entity}({o.Display})"));
                    sentences.Add(english ? $"{string.Join(" ", column.Key.Path)}: {columnNames} add up to {columnSum.Display} ({columnSum.Formula}) {columnMarkers}." : $"{string.Join(" ", column.Key.Path)}: {Josa.With(columnNames, "을/를")} 더하면 {columnSum.Display}입니다 ({columnSum.Formula}) {columnMarkers}.");
                    Remember(draft, columnSum);
                }
                draft.Say(string.Join(" ", sentences));
                return true;
            }
            case Operation.Sum when operands.Count >= 2:
            {
                var same = operands.Where(o => o.Unit.SameFamily(operands[0].Unit)).ToList();
                var sum = Calculator.InUnit(Calculator.Sum(english ? "total" : "합계", same), question.TargetUnit);
                var names = string.Join(english ? ", " : "·", same.Select(o => $"{o.Label}({o.Display})"));
                if (sum.Value < 0 && same.All(o => o.Value <= 0))
                {
                    // Cuts added up (△800, △630 …) are a decrease of their size, said as one.
                    var cut = sum with { Value = Math.Abs(sum.Value), Label = english ? "total decrease" : "감소액 합계" };
                    var cutMarkers = cut.Record(draft);
                    draft.Say(english ? $"Adding {names} gives a decrease of {cut.Display} in all ({sum.Formula}) {cutMarkers}." : $"{Josa.With(names, "을/를")} 더하면 모두 {cut.Display} 줄어듭니다 ({sum.Formula}) {cutMarkers}.");
                    Remember(draft, cut);
                    return true;
                }
                var markers = sum.Record(draft);
                draft.Say(english ? $"Adding {names} gives {sum.Display} ({sum.Formula}) {markers}." : $"{Josa.With(names, "을/를")} 더하면 {sum.Display}입니다 ({sum.Formula}) {markers}.");
                Remember(draft, sum);
                return true;
            }
            case Operation.Difference when operands.Count == 2 && Roles.Subtracts(question):
            {
                // "취득자에서 상실자를 빼면": one amount less the other, as asked — no change over time to name.
                var (from, less) = (operands[0], operands[1]);
                var rest = Calculator.InUnit(Calculator.Difference(english ? $"{from.Label} minus {less.Label}" : $"{from.Label} - {less.Label}", from, less), question.TargetUnit);
                var markers = rest.Record(draft);
                draft.Say(english
                    ? $"{from.Label} ({from.Display}) minus {less.Label} ({less.Display}) is {rest.Display} ({rest.Formula}) {markers}."
                    : $"{from.Label}({from.Display})에서 {Josa.With($"{less.Label}({less.Display})", "을/를")} 빼면 {rest.Display}입니다 ({rest.Formula}) {markers}.");
                Remember(draft, rest);
                return true;
            }
            case Operation.Difference or Operation.Growth when operands.Count >= 2:
            {
                var (earlier, later) = Order(question, operands[0], operands[1]);
                var difference = Calculator.Difference(english ? "change" : "증감", later, earlier);
                var up = difference.Value >= 0;
                var absolute = Calculator.InUnit(difference with { Value = Math.Abs(difference.Value), Label = english ? (up ? "increase" : "decrease") : (up ? "증가액" : "감소액") }, question.TargetUnit);
                var growth = earlier.Value != 0 ? Calculator.Growth(english ? "rate of change" : "증감률", earlier, later) : null;
                var wantsRate = question.Operation == Operation.Growth || question.Has(Asks.Percent);
                var wantsAmount = question.Operation == Operation.Difference || question.Has(Asks.Amount) || Mentions(question, "금액", "얼마");
                var parts = new List<string>();
                if (wantsAmount || growth is null)
                {
                    var m = absolute.Record(draft);
                    parts.Add(english ? $"{absolute.Display} {(up ? "more" : "less")}" : $"{absolute.Display} {(up ? "많" : "적")}");
                    _ = m;
                }
                if (wantsRate && growth is not null)
                {
                    var g = growth with { Value = Math.Abs(growth.Value) };
                    g.Record(draft);
                    parts.Add(english ? $"{g.Display} {(up ? "higher" : "lower")}" : $"{g.Display} {(up ? "증가" : "감소")}");
                }
                var markers = $"[{later.Cite(draft)}][{earlier.Cite(draft)}]".Replace($"[{later.Cite(draft)}][{later.Cite(draft)}]", $"[{later.Cite(draft)}]");
                var formula = wantsRate && growth is not null ? growth.Formula : difference.Formula;
                if (english)
                {
                    draft.Say($"{later.Label} is {later.Display} and {earlier.Label} is {earlier.Display}: {string.Join(", ", parts)} ({(up ? "an increase" : "a decrease")}; {formula}) {markers}.");
                }
                else
                {
                    var change = string.Join(", ", parts.Select(p => p.EndsWith('많') || p.EndsWith('적') ? p + "습니다" : p));
                    var verb = up ? "늘었습니다" : "줄었습니다";
                    var summary = wantsRate && growth is not null
                        ? $"{Math.Abs(growth.Value):0.0}% {(up ? "증가" : "감소")}"
                        : $"{absolute.Display} {(up ? "증가" : "감소")}";
                    var amountPart = wantsAmount ? $"{absolute.Display}" : "";
                    var ratePart = wantsRate && growth is not null ? $"{Amounts.Format(Math.Abs(growth.Value), Units.Percent)}" : "";
                    var both = string.Join(", ", new[] { amountPart, ratePart }.Where(p => p.Length > 0));
                    draft.Say($"{Josa.With(later.Label, "은/는")} {Josa.With(later.Display, "으로/로")} {earlier.Label}({earlier.Display})보다 {both} {verb} ({(up ? "증가" : "감소")}, {formula}) {markers}.");
                    _ = summary;
                    _ = change;
                }
                if (!(wantsRate && growth is not null))
                {
                    StatedRateBeside(match, later, earlier, draft);
                }
                Remember(draft, absolute);
                return true;
            }
            case Operation.Ratio when operands.Count >= 2:
            {
                var (a, b) = (operands[0], operands[1]);
                var ratio = Calculator.Ratio(english ? $"{a.Label} to {b.Label}" : $"{a.Label} / {b.Label}", a, b);
                var markers = ratio.Record(draft);
                draft.Say(english
                    ? $"{a.Label} ({a.Display}) is {ratio.Display.Replace("배", " times", StringComparison.Ordinal)} {b.Label} ({b.Display}) ({ratio.Formula}) {markers}."
                    : $"{a.Label}({a.Display}){(Josa.With(a.Display, "은/는").EndsWith('은') ? "은" : "는")} {b.Label}({b.Display})의 {ratio.Display}입니다 ({ratio.Formula}) {markers}.");
                Remember(draft, ratio);
                return true;
            }
            case Operation.Share when operands.Count >= 2:
            {
                var (part, whole) = PartAndWhole(operands[0], operands[1]);
                var share = Calculator.Share(english ? $"share of {part.Label}" : $"{part.Label} 비중", part, whole);
                var markers = share.Record(draft);
                draft.Say(english
                    ? $"{part.Label} ({part.Display}) is {share.Display} of {whole.Label} ({whole.Display}) ({share.Formula}) {markers}."
                    : $"{part.Label}({part.Display}){(Josa.With(part.Display, "은/는").EndsWith('은') ? "은" : "는")} {whole.Label}({whole.Display})의 {share.Display}입니다 ({share.Formula}) {markers}.");
                SayStatedShare(match, part, share, draft);
                Remember(draft, share);
                return true;
            }
            case Operation.Average:
                return Average(question, operands, draft);
            case Operation.BackCompute when operands.Count >= 2 && operands.Any(o => o.Unit.Family == UnitFamily.Percent):
            {
                var rate = operands.First(o => o.Unit.Family == UnitFamily.Percent);
                var now = operands.First(o => o != rate);
                var earlier = Calculator.InUnit(Calculator.Earlier(english ? "implied earlier amount" : "전년 동기 추정액", now, rate), question.TargetUnit);
                var markers = earlier.Record(draft);
                draft.Say(english
                    ? $"With {now.Label} at {now.Display} and a change of {rate.Display}, the earlier amount was about {earlier.Display} ({earlier.Formula}) {markers}."
                    : $"{now.Label} {now.Display}, 증감률 {Josa.With(rate.Display, "으로/로")} 계산하면 비교 시점 금액은 약 {earlier.Display}입니다 ({earlier.Formula}) {markers}. 문서에 직접 적힌 값은 아니고 계산한 값입니다.");
                Remember(draft, earlier);
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "How much did it grow": a difference worked out from two cells of one row whose table also states the row's rate of
    /// change (증감률 43.7) — that stated rate is said beside it, cited, since "grow by how much" is read either way.
    /// </summary>
    private static void StatedRateBeside(DocumentMatch match, Operand later, Operand earlier, AnswerDraft draft)
    {
        if (later.SourceTable is not { } table || later.SourceTable != earlier.SourceTable || later.Row is not { } row || earlier.Row != row)
        {
            return;
        }
        var column = table.Columns.FirstOrDefault(c => c != later.Column && c != earlier.Column && IsChangeLabel(c.Label)
            && table.Cell(row, c).Value is not null && (table.Cell(row, c).Unit ?? c.Unit)?.Family == UnitFamily.Percent);
        if (column is null)
        {
            return;
        }
        var rate = Operand.FromCell(match.Document, table, row, column);
        var cited = rate.Cite(draft);
        draft.AddFigure(rate.Label, rate.Value, rate.Unit, null, [new Contract.FigureInput(rate.Label, rate.Value, rate.Unit.Symbol, cited)]);
        draft.Say(draft.English
            ? $"The document states the rate of change as {rate.Display} [{cited}]."
            : $"문서에 적힌 증감률은 {rate.Display}입니다 [{cited}].");
    }

    private static bool Average(Question question, List<Operand> operands, AnswerDraft draft)
    {
        var english = draft.English;
        var amount = operands[0];
        Calculation result;
        if (question.Divisor is { } divisor && operands.Count == 1)
        {
            result = Calculator.Divide(english ? $"{amount.Label} per unit" : $"{amount.Label} 1개당", amount, divisor.Value, amount.Unit, [amount], Amounts.Plain(divisor.Value));
            var markers = result.Record(draft);
            draft.Say(english
                ? $"{amount.Label} is {amount.Display}; divided by {Amounts.Plain(divisor.Value)} that is {result.Display} each ({result.Formula}) {markers}."
                : $"{Josa.With(amount.Label, "은/는")} {amount.Display}이고, 이를 {Amounts.Plain(divisor.Value)}{Josa.With(divisor.Unit.Symbol, "으로/로")} 나누면 {result.Display}입니다 ({result.Formula}) {markers}.");
        }
        else if (operands.Count >= 2 && operands.Skip(1).All(o => o.Unit.SameFamily(amount.Unit)) && operands.Count > 2)
        {
            result = Calculator.InUnit(Calculator.Mean(english ? "average" : "평균", operands), question.TargetUnit);
            var markers = result.Record(draft);
            var names = string.Join(", ", operands.Select(o => $"{o.Entity ?? o.Label} {o.Display}"));
            draft.Say(english ? $"The average of {names} is {result.Display} ({result.Formula}) {markers}." : $"{names}의 평균은 {result.Display}입니다 ({result.Formula}) {markers}.");
        }
        else if (operands.Count == 2 && Roles.NamesBothParts(question) && operands[1].Unit.SameFamily(amount.Unit) && operands[1].Value != 0)
        {
            // "국비 1억원당 매출": the amount for each one unit of the other (1,446 / 1,203 = 1.2억원 per 1억원).
            var per = operands[1];
            result = Calculator.Divide(english ? $"{amount.Label} per 1 {per.Unit.Symbol} of {per.Label}" : $"{per.Label} 1{per.Unit.Symbol}당 {amount.Label}", amount, per.In(amount.Unit), amount.Unit, [amount, per], Amounts.Plain(per.In(amount.Unit)));
            var perMarkers = result.Record(draft);
            draft.Say(english
                ? $"{amount.Label} ({amount.Display}) divided by {per.Label} ({per.Display}) is {result.Display} for each 1 {per.Unit.Symbol} ({result.Formula}) {perMarkers}."
                : $"{Josa.With($"{amount.Label}({amount.Display})", "을/를")} {Josa.With($"{per.Label}({per.Display})", "으로/로")} 나누면 {per.Label} 1{per.Unit.Symbol}당 {result.Display}입니다 ({result.Formula}) {perMarkers}.");
        }
        else if (operands.Count >= 2)
        {
            var count = operands[1];
            if (count.Unit.SameFamily(amount.Unit) && !amount.Unit.IsCount && operands.Count == 2 && !(count.Unit.IsCount || count.Unit.Family == UnitFamily.People))
            {
                result = Calculator.Mean(english ? "average" : "평균", operands);
                var m2 = result.Record(draft);
                draft.Say(english ? $"The average of {amount.Label} ({amount.Display}) and {count.Label} ({count.Display}) is {result.Display} ({result.Formula}) {m2}." : $"{Josa.With($"{amount.Label}({amount.Display})", "과/와")} {count.Label}({count.Display})의 평균은 {result.Display}입니다 ({result.Formula}) {m2}.");
                Remember(draft, result);
                return true;
            }
            var unit = question.TargetUnit is { } t && t.SameFamily(amount.Unit) ? t : Readable(amount, count.Value);
            if (PerOne(question, amount, count) is { } perOne)
            {
                return PerPerson(amount, count, perOne, draft);
            }
            result = Calculator.Divide(english ? $"{amount.Label} per {count.Label}" : $"{count.Label} 1{count.Unit.Symbol}당 {amount.Label}", amount, count.In(count.Unit), unit, [amount, count], Amounts.Plain(count.Value));
            var markers = result.Record(draft);
            draft.Say(english
                ? $"{amount.Label} ({amount.Display}) divided by {count.Label} ({count.Display}) is {result.Display} per {count.Unit.Symbol} ({result.Formula}) {markers}."
                : $"{Josa.With($"{amount.Label}({amount.Display})", "을/를")} {Josa.With($"{count.Label}({count.Display})", "으로/로")} 나누면 1{count.Unit.Symbol}당 {result.Display}입니다 ({result.Formula}) {markers}.");
        }
        else
        {
            return false;
        }
        Remember(draft, result);
        return true;
    }

    /// <summary>
    /// "1인당 얼마" over a count the table keeps in thousands (지급자 628천명): the count in ones, and the result in the
    /// money unit that reads at its size (157.2만원, not 0.016억원 per person).
    /// </summary>
    private static Unit? PerOne(Question question, Operand amount, Operand count)
    {
        if (count.Unit.Scale <= 1 || count.Unit.Family != UnitFamily.People || amount.Unit.Family != UnitFamily.Won || !PerOneWord().IsMatch(question.Text))
        {
            return null;
        }
        var each = amount.In(Units.Won) / count.In(Units.People);
        return question.TargetUnit is { Family: UnitFamily.Won } target ? target : each >= 1e8 ? Units.HundredMillionWon : each >= 1e4 ? Units.TenThousandWon : Units.Won;
    }

    /// <summary>
    /// The unit a share of money reads at its size in: 6.2조원 over 2,236개사 is 27.7억원 each, not 0.0028조원.
    /// </summary>
    private static Unit Readable(Operand amount, double count)
    {
        if (amount.Unit.Family != UnitFamily.Won || count == 0 || Math.Abs(amount.Value / count) >= 1)
        {
            return amount.Unit;
        }
        var each = Math.Abs(amount.In(Units.Won) / count);
        return each >= 1e8 ? Units.HundredMillionWon : each >= 1e4 ? Units.TenThousandWon : Units.Won;
    }

    private static bool PerPerson(Operand amount, Operand count, Unit unit, AnswerDraft draft)
    {
        var english = draft.English;
        var people = count.In(Units.People);
        // The count in ones is itself a figure worked out (628천명 = 628,000명), shown with its conversion.
        Calculator.Convert(english ? $"{count.Label} (people)" : $"{count.Label} (명)", count, Units.People).Record(draft);
        var result = Calculator.Divide(english ? $"{amount.Label} per person" : $"1인당 {amount.Label}", amount, people, unit, [amount, count], Amounts.Plain(people));
        var markers = result.Record(draft);
        draft.Say(english
            ? $"{amount.Label} ({amount.Display}) divided by {count.Label} ({count.Display}) is about {result.Display} per person ({result.Formula}) {markers}."
            : $"{Josa.With($"{amount.Label}({amount.Display})", "을/를")} {Josa.With($"{count.Label}({count.Display})", "으로/로")} 나누면 1인당 약 {result.Display}입니다 ({result.Formula}) {markers}.");
        Remember(draft, result);
        return true;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\d.])1\s?(?:인|명)\s?당|(?<![가-힣\d])인당|per (?:person|capita|head)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex PerOneWord();

    /// <summary>
    /// Earlier and later as the document writes a change (8% → 27%, 12%에서 3%로); else by the years or stages their labels
    /// name; otherwise the order the question names them (B 대비 A).
    /// </summary>
    private static (Operand Earlier, Operand Later) Order(Question question, Operand a, Operand b)
    {
        if (WrittenAsChange(a, b))
        {
            return (a, b);
        }
        if (WrittenAsChange(b, a))
        {
            return (b, a);
        }
        var pa = Period(a);
        var pb = Period(b);
        if (pa is not null && pb is not null && pa != pb)
        {
            return pa < pb ? (a, b) : (b, a);
        }
        // Roles.Split gives (after 대비, before 대비): the second is the base.
        return (b, a);
    }

    /// <summary>Whether one sentence writes <paramref name="before"/> changing to <paramref name="after"/>: "A → B", "A에서 B로".</summary>
    public static bool WrittenAsChange(Operand before, Operand after)
    {
        if (before.Text is not { } from || after.Text is not { } to || from.Passage != to.Passage || from.Quantity.End > to.Quantity.Start)
        {
            return false;
        }
        var between = from.Passage.Text[from.Quantity.End..to.Quantity.Start];
        return ChangeBetween().IsMatch(between);
    }

    // Only a bracket, a period or a stage may stand between the two sides: "4.1만톤에서 '30년 12.3만톤으로".
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:\([^)]*\))?\s*(?:에서|→|->|⇒|⟶|➝)\s*(?:'?\d{2,4}\s?년도?\s*|\d\s?단계\s*)?$")]
    private static partial System.Text.RegularExpressions.Regex ChangeBetween();

    private static int? Period(Operand operand)
    {
        var years = Knowledge.Tables.TableModel.YearsOf(operand.Label);
        if (years.Count > 0)
        {
            return years[0] * 10;
        }
        var stages = Knowledge.Tables.TableModel.StagesOf(operand.Label);
        return stages.Count > 0 ? stages[0] : Stance(operand.Column?.Label ?? operand.Label);
    }

    /// <summary>A label of a change between periods (증감, 증감률, 증가율, 전년 대비): its period is the later one.</summary>
    public static bool IsChangeLabel(string label) => ChangeLabel().IsMatch(label);

    /// <summary>
    /// A rate asked of a row's level and its 증감 cell ('25년 1,700, 증감 200): the rate is over the level it changed from —
    /// the row's cell that the level less the change equals ('24년 1,500); or the level itself when another cell equals it
    /// plus the change ('25 정원 3,260, 증원 135 → 3,395); or, when the table keeps only the level and its change
    /// (취업자 6,594, 전년동월대비 347), the base worked out as the level less the change, shown as a step of its own.
    /// </summary>
    private static (List<Operand> Operands, Calculation? Step)? BaseOfStatedChange(DocumentMatch match, List<Operand> operands, bool english)
    {
        var change = operands.FirstOrDefault(o => o.Column is { } c && StatesChange(c));
        var level = operands.FirstOrDefault(o => o != change && o.Column is { } c && !StatesChange(c));
        if (change is null || level is null || change.SourceTable is not { } table || level.SourceTable != table || change.Row != level.Row || level.Row is not { } row)
        {
            return null;
        }
        var expected = level.Value - change.Value;
        if (OtherCellEqual(table, row, level, change, expected) is { } baseColumn)
        {
            return ([Operand.FromCell(match.Document, table, row, baseColumn), level], null);
        }
        if (OtherCellEqual(table, row, level, change, level.Value + change.Value) is { } laterColumn)
        {
            return ([level, Operand.FromCell(match.Document, table, row, laterColumn)], null);
        }
        if (Evidence.TableQuery.ChangeOf(table, level.Column!) != change.Column || !change.Unit.SameFamily(level.Unit) || change.Unit.Family == UnitFamily.Percent)
        {
            return null;
        }
        // The base is named by what the change column is against (전년동월대비 → 전년동월), else as the point compared with.
        var against = Knowledge.Tables.ChangeHeaders.AgainstBase(change.Column!.Label) ? change.Column.Label.Split('대')[0].Trim() : null;
        var step = Calculator.Difference(english ? $"{level.Label} at the base period" : $"{level.Label}({against ?? "비교 시점"})", level, change);
        // Later first: with no period in either label, a change is read as (later, base).
        return ([level, step.CitedAs(level)], step);
    }

    private static ColumnModel? OtherCellEqual(Knowledge.Tables.TableModel table, Knowledge.Tables.RowModel row, Operand level, Operand change, double value) =>
        table.Columns.FirstOrDefault(c => c != level.Column && c != change.Column && table.Cell(row, c).Value is double v && Math.Abs(v - value) < 1e-6 * Math.Max(1, Math.Abs(value)));

    private static bool StatesChange(ColumnModel column) => IsChangeLabel(column.Label) || Evidence.TableQuery.StatesChange(column);

    [System.Text.RegularExpressions.GeneratedRegex(@"증감|증가율|감소율|성장률|변동률|상승률|하락률|전년\s?대비")]
    private static partial System.Text.RegularExpressions.Regex ChangeLabel();

    /// <summary>
    /// Which side of a change a header stands on: 0 before (현행, 기존, 종전, 전년, (A)), 1 after (개정, 변경, 올해, (B)); a
    /// later letter (C) stands after (B).
    /// </summary>
    public static int? Stance(string label)
    {
        var letter = System.Text.RegularExpressions.Regex.Match(label, @"\(([A-Z])\)");
        if (letter.Success && !label.Contains('+') && !label.Contains('-') && !label.Contains('−'))
        {
            return letter.Groups[1].Value[0] - 'A';
        }
        if (System.Text.RegularExpressions.Regex.IsMatch(label, "현행|기존|종전|당초|변경 전|개정 전|전년|작년|이전"))
        {
            return 0;
        }
        return System.Text.RegularExpressions.Regex.IsMatch(label, "개정|변경|조정|올해|금년|이후") ? 1 : null;
    }

    /// <summary>
    /// Operands in the order the question names them, so "A는 B의 몇 배" is A ÷ B: by the years or stages they differ in
    /// ('23년 국비는 '19년 국비의), else by their row or column names (경북 배정액은 세종의).
    /// </summary>
    private static List<Operand> MentionOrder(Question question, List<Operand> operands)
    {
        var byPeriod = operands.Select(o => PeriodPosition(question, o)).ToList();
        var byRow = operands.Select(o => NamePosition(question, o.Entity, o.Row?.Name)).ToList();
        var byColumn = operands.Select(o => NamePosition(question, o.Column is { Path.Count: > 0 } c ? c.Path[^1] : null, o.Column?.Label)).ToList();
        var byLabel = operands.Select(o => NamePosition(question, o.Label)).ToList();
        var positions = new[] { byPeriod, byRow, byColumn, byLabel }.FirstOrDefault(Distinct);
        if (positions is null)
        {
            return operands;
        }
        var ordered = operands.Select((o, i) => (o, p: positions[i], i)).OrderBy(x => x.p).ThenBy(x => x.i).Select(x => x.o).ToList();
        // "현행 대비 개정 후 몇 배", "작년에 비해 올해는": the first named is the base, so it goes second.
        if (question.Operation is Operation.Ratio or Operation.Share && ordered.Count == 2 && NamedAsBase(question, ordered[0]))
        {
            ordered.Reverse();
        }
        return ordered;
    }

    private static bool NamedAsBase(Question question, Operand o)
    {
        foreach (var name in new[] { o.Entity, o.Row?.Name, o.Column is { Path.Count: > 0 } c ? c.Path[^1] : null, o.Column?.Label, o.Label })
        {
            var compact = string.IsNullOrWhiteSpace(name) ? "" : Evidence.TableQuery.NameCompact(name);
            var at = compact.Length < 2 ? -1 : question.Compact.IndexOf(compact, StringComparison.Ordinal);
            if (at >= 0)
            {
                return ComparisonBase.MarkedAt(question.Compact, at + compact.Length);
            }
        }
        return false;
    }

    /// <summary>Whether positions tell operands apart: at least two found, and not all the same.</summary>
    private static bool Distinct(List<int> positions) =>
        positions.Count(p => p != int.MaxValue) >= 2 && positions.Where(p => p != int.MaxValue).Distinct().Count() >= 2;

    private static int PeriodPosition(Question question, Operand o)
    {
        var best = int.MaxValue;
        var years = Knowledge.Tables.TableModel.YearsOf(o.Label);
        foreach (var (year, start, _) in question.YearMentions)
        {
            if (years.Contains(year))
            {
                best = Math.Min(best, start);
            }
        }
        foreach (var stage in Knowledge.Tables.TableModel.StagesOf(o.Label))
        {
            var at = question.Text.IndexOf(stage + "단계", StringComparison.Ordinal);
            if (at >= 0)
            {
                best = Math.Min(best, at);
            }
        }
        return best;
    }

    private static int NamePosition(Question question, params string?[] names)
    {
        var best = int.MaxValue;
        foreach (var name in names.Where(n => !string.IsNullOrWhiteSpace(n)))
        {
            var compact = Evidence.TableQuery.NameCompact(name!);
            var at = compact.Length < 2 ? -1 : question.Compact.IndexOf(compact, StringComparison.Ordinal);
            if (at >= 0)
            {
                best = Math.Min(best, at);
            }
        }
        return best;
    }

    private static (Operand Part, Operand Whole) PartAndWhole(Operand a, Operand b)
    {
        var aTotal = a.Row?.IsTotal == true || a.Column?.IsTotal == true;
        var bTotal = b.Row?.IsTotal == true || b.Column?.IsTotal == true;
        // A total marks the whole only within one table: a row's 합계 column read against a figure elsewhere is still a part.
        if (aTotal != bTotal && a.SourceTable is not null && a.SourceTable == b.SourceTable)
        {
            return aTotal ? (b, a) : (a, b);
        }
        return a.In(b.Unit) <= b.Value ? (a, b) : (b, a);
    }

    private static bool Mentions(Question question, params string[] words) => words.Any(w => question.Text.Contains(w, StringComparison.Ordinal));

    private static void Remember(AnswerDraft draft, Calculation calculation) =>
        draft.Focus.Values.Add((calculation.Value, calculation.Unit, calculation.Label));
}
