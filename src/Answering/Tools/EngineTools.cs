using Answering.Composing;
using Answering.Computing;
using Answering.Contract;
using Answering.Documents;
using Answering.Evidence;
using Answering.Understanding;
using Knowledge;
using Knowledge.Language;
using Knowledge.Tables;

namespace Answering.Tools;

/// <summary>
/// The engine's single capabilities over the document knowledge itself, not through questions: passages ranked for a
/// query, a cell found by its headers, arithmetic over cells with <see cref="Calculator"/>, and the rows of a table
/// that match words. Each result is a partial answer whose every figure and quote is cited.
/// </summary>
internal sealed class EngineTools(KnowledgeBase knowledge)
{
    private const int MostRowsShown = 20;
    private const int MostRowCitations = 7;

    public Answer SearchPassages(string query, int maxResults)
    {
        var question = QuestionReader.Read(query);
        var draft = new AnswerDraft(question, "lookup");
        // Passages of the documents the query names come first; within them, by how much of the query they carry.
        var named = DocumentSelector.Select(knowledge, question).Select(m => m.Document.Name).ToHashSet(StringComparer.Ordinal);
        var found = knowledge.Documents
            .SelectMany(d => PassageSearch.Rank(new DocumentMatch(d, question, 0)))
            .OrderByDescending(p => named.Contains(p.Passage.Unit.Doc))
            .ThenByDescending(p => EvidenceFinder.Band(p.Coverage)).ThenByDescending(p => p.Score)
            .Take(Math.Max(1, maxResults))
            .ToList();
        if (found.Count == 0)
        {
            return NotFound(draft, question.IsEnglish ? $"No passage of the documents matches “{query}”." : $"문서에서 “{query}”에 맞는 내용을 찾지 못했어요.");
        }
        draft.Focus.Document = found[0].Passage.Unit.Doc;
        draft.Say(question.IsEnglish ? "The documents say:" : "문서에는 이렇게 나와 있습니다.");
        foreach (var match in found)
        {
            var quote = match.Passage.Text.Trim();
            draft.Say($"“{Shown.Text(quote)}” {draft.Cite(match.Passage, quote)}");
        }
        return draft.Finish();
    }

    public Answer ReadTableCell(string row, string column, string? table)
    {
        var question = QuestionReader.Read($"{row} {column}");
        var draft = new AnswerDraft(question, "figure");
        var english = question.IsEnglish;
        var candidates = CellFinder.Find(knowledge, row, column, table);
        if (candidates.Count == 0)
        {
            return NotFound(draft, english
                ? $"No table has a cell in row “{row}” and column “{column}”.{Tables(english)}"
                : $"행 “{row}”, 열 “{column}”에 해당하는 표의 칸을 찾지 못했어요.{Tables(english)}");
        }
        var best = candidates[0];
        var label = Operand.CellLabel(best.Table, best.Row, best.Column);
        var markers = string.Concat(new[] { best }.Concat(CellFinder.Copies(best, candidates))
            .Select(c => draft.Cite(c.Document, c.Table, c.Row, c.Column)).Distinct());
        draft.Focus.Document = best.Document.Name;
        if (best.Cell.Value is not null)
        {
            var operand = Operand.FromCell(best.Document, best.Table, best.Row, best.Column);
            draft.AddFigure(label, operand.Value, operand.Unit);
            draft.Focus.Operands.Add(operand);
            draft.Say(english
                ? $"In “{best.Table.Title}”, {label} is {operand.Display} {markers}."
                : $"「{best.Table.Title}」에서 {Josa.With(label, "은/는")} {operand.Display}입니다 {markers}.");
        }
        else
        {
            draft.Kind = "lookup";
            draft.Say(english
                ? $"In “{best.Table.Title}”, {label} reads “{best.Cell.Text.Trim()}” {markers}."
                : $"「{best.Table.Title}」에서 {label} 칸에는 {Josa.With($"“{best.Cell.Text.Trim()}”", "이라고/라고")} 적혀 있습니다 {markers}.");
        }
        return draft.Finish();
    }

    public Answer Compute(string operation, IReadOnlyList<CellReference> inputs, double? divisor)
    {
        var question = QuestionReader.Read($"{operation} {string.Join(" ", inputs.Select(i => $"{i.Row} {i.Column}"))}");
        var english = question.IsEnglish;
        var draft = new AnswerDraft(question, "computed");
        if (Operations.Read(operation) is not { } kind)
        {
            return NotFound(draft, english
                ? $"“{operation}” is not an operation this tool computes: use growth, share, difference, sum, average or ratio."
                : $"“{operation}”은 계산할 수 있는 연산이 아니에요. growth, share, difference, sum, average, ratio 중 하나를 쓰세요.");
        }
        var operands = new List<Operand>();
        foreach (var input in inputs)
        {
            var cell = CellFinder.Find(knowledge, input.Row, input.Column, input.Table).FirstOrDefault(c => c.Cell.Value is not null);
            if (cell is null)
            {
                return NotFound(draft, english
                    ? $"No table has a figure in row “{input.Row}” and column “{input.Column}”.{Tables(english)}"
                    : $"행 “{input.Row}”, 열 “{input.Column}”에 해당하는 수치를 표에서 찾지 못했어요.{Tables(english)}");
            }
            operands.Add(Operand.FromCell(cell.Document, cell.Table, cell.Row, cell.Column));
        }
        draft.Focus.Document = operands.FirstOrDefault()?.Doc;
        var needed = kind is Operation.Sum or Operation.Average ? 1 : 2;
        if (operands.Count < needed || kind is not (Operation.Sum or Operation.Average) && operands.Count != 2)
        {
            return NotFound(draft, english
                ? $"{operation} needs {(needed == 1 ? "at least one cell" : "exactly two cells")}; {operands.Count} were given."
                : $"{operation}에는 {(needed == 1 ? "셀이 하나 이상" : "셀이 정확히 두 개")} 필요해요. 받은 셀은 {operands.Count}개입니다.");
        }
        var mixed = kind is not Operation.Average && operands.Skip(1).Any(o => !o.Unit.SameFamily(operands[0].Unit) && o.Unit != operands[0].Unit);
        if (mixed)
        {
            return NotFound(draft, english
                ? $"The cells are in units that cannot be combined ({string.Join(", ", operands.Select(o => o.Display))})."
                : $"셀들의 단위가 서로 달라 계산할 수 없어요({string.Join(", ", operands.Select(o => o.Display))}).");
        }
        var said = kind switch
        {
            Operation.Growth => Growth(draft, operands[0], operands[1]),
            Operation.Difference => Difference(draft, operands[0], operands[1]),
            Operation.Share => Share(draft, operands[0], operands[1]),
            Operation.Ratio => Ratio(draft, operands[0], operands[1]),
            Operation.Sum => Sum(draft, operands),
            _ => Average(draft, operands, divisor),
        };
        if (said is null)
        {
            return NotFound(draft, english ? "The cells cannot be computed with: a base of zero." : "기준이 되는 값이 0이라 계산할 수 없어요.");
        }
        draft.Focus.Operands.AddRange(operands);
        return draft.Finish();
    }

    public Answer ListRows(string? table, string? filter)
    {
        var question = QuestionReader.Read($"{table} {filter}".Trim());
        var english = question.IsEnglish;
        var draft = new AnswerDraft(question, "lookup");
        var filterWords = HeaderWords.Read(filter);
        if (string.IsNullOrWhiteSpace(table) && filterWords.IsEmpty)
        {
            return TableList(draft);
        }
        var shown = 0;
        var tables = CellFinder.Tables(knowledge, table).ToList();
        if (!string.IsNullOrWhiteSpace(table) && tables.Count > 0)
        {
            // A named table: the tables its words fit best (a table printed twice is two), not every table they touch.
            var best = tables.Max(t => t.Fit);
            tables = [.. tables.Where(t => t.Fit >= best)];
        }
        foreach (var (document, model, _) in tables)
        {
            var rows = Matching(model, filterWords);
            if (rows.Count == 0 || shown >= MostRowsShown)
            {
                continue;
            }
            var listed = rows.Take(MostRowsShown - shown).ToList();
            shown += listed.Count;
            draft.Focus.Document ??= document.Name;
            var title = model.Title.Length > 0 ? model.Title : english ? "a table" : "표";
            draft.Say(english ? $"“{title}” ({rows.Count} rows):" : $"「{title}」({rows.Count}행):");
            var perRow = listed.Count <= MostRowCitations;
            foreach (var row in listed)
            {
                var marker = perRow ? draft.Cite(document, model, row, null) : "";
                draft.Say($"{RowText(model, row)} {marker}".Trim());
            }
            if (!perRow)
            {
                // Too many rows for one citation each: the lines they span, quoted by their first row.
                var first = listed[0];
                var last = listed[^1];
                var marker = draft.CiteIndex(document.Name, first.Line, last.Line, document.Document.Line(first.Line).Trim(),
                    new TableReference(model.Title, first.Label, ""));
                draft.Say($"[{marker}]");
            }
        }
        if (shown == 0)
        {
            return NotFound(draft, english
                ? $"No table row matches “{filter}”.{Tables(english)}"
                : $"“{filter}”에 맞는 표의 행을 찾지 못했어요.{Tables(english)}");
        }
        return draft.Finish();
    }

    /// <summary>A row as its full header path (a grouped row keeps its group) and its other cells, as written.</summary>
    private static string RowText(TableModel table, RowModel row) =>
        string.Join(" | ", row.Header.Concat(row.Cells.Where(c => table.Columns[c.Column].Kind != ColumnKind.Key).Select(c => c.Text))
            .Select(t => t.Trim()).Where(t => t.Length > 0));

    /// <summary>Every table with its row count, each cited by its first row: what a caller can name next.</summary>
    private Answer TableList(AnswerDraft draft)
    {
        foreach (var (document, model, _) in CellFinder.Tables(knowledge, null).Where(t => t.Table.Rows.Count > 0).Take(MostRowCitations))
        {
            var first = model.Rows[0];
            var marker = draft.Cite(document, model, first, null);
            draft.Say(draft.English
                ? $"“{model.Title}”: {model.Rows.Count} rows ({string.Join(", ", model.Rows.Take(5).Select(r => r.Name))} …) {marker}."
                : $"「{model.Title}」: {model.Rows.Count}행({string.Join(", ", model.Rows.Take(5).Select(r => r.Name))} …) {marker}.");
        }
        if (!draft.HasContent)
        {
            return NotFound(draft, draft.English ? "The documents have no tables." : "문서에 표가 없어요.");
        }
        return draft.Finish();
    }

    /// <summary>The rows the words fit best (all of them for no words): a row fits by its headers or any of its cells.</summary>
    private static List<RowModel> Matching(TableModel table, HeaderWords words)
    {
        if (words.IsEmpty)
        {
            return [.. table.Rows];
        }
        var fits = table.Rows.Select(r => (Row: r, Fit: Math.Max(CellFinder.RowFit(words, r),
            words.Fit([.. r.Cells.SelectMany(c => c.Terms)], r.Years, r.Stages, TextNormalizer.Compact(r.Raw))))).ToList();
        var best = fits.Max(f => f.Fit);
        return best <= 0 ? [] : [.. fits.Where(f => f.Fit >= best).Select(f => f.Row)];
    }

    private static string? Growth(AnswerDraft draft, Operand before, Operand after)
    {
        if (before.Value == 0)
        {
            return null;
        }
        var growth = Calculator.Growth(draft.English ? "rate of change" : "증감률", before, after);
        var up = growth.Value >= 0;
        var rate = growth with { Value = Math.Abs(growth.Value), Label = draft.English ? (up ? "growth" : "decline") : (up ? "증가율" : "감소율") };
        var markers = rate.Record(draft);
        draft.Say(draft.English
            ? $"From {before.Label} ({before.Display}) to {after.Label} ({after.Display}) is {(up ? "an increase" : "a decrease")} of {rate.Display} ({rate.Formula}) {markers}."
            : $"{before.Label}({before.Display})에서 {after.Label}({after.Display})로 {rate.Display} {(up ? "증가" : "감소")}했습니다 ({rate.Formula}) {markers}.");
        return markers;
    }

    private static string Difference(AnswerDraft draft, Operand before, Operand after)
    {
        var difference = Calculator.Difference(draft.English ? "change" : "증감", after, before);
        var up = difference.Value >= 0;
        var amount = difference with { Value = Math.Abs(difference.Value), Label = draft.English ? (up ? "increase" : "decrease") : (up ? "증가액" : "감소액") };
        var markers = amount.Record(draft);
        draft.Say(draft.English
            ? $"{after.Label} ({after.Display}) is {amount.Display} {(up ? "more" : "less")} than {before.Label} ({before.Display}) ({amount.Formula}) {markers}."
            : $"{after.Label}({after.Display})는 {before.Label}({before.Display})보다 {amount.Display} {(up ? "많" : "적")}습니다 ({amount.Formula}) {markers}.");
        return markers;
    }

    private static string? Share(AnswerDraft draft, Operand part, Operand whole)
    {
        if (whole.Value == 0)
        {
            return null;
        }
        var share = Calculator.Share(draft.English ? $"share of {part.Label}" : $"{part.Label} 비중", part, whole);
        var markers = share.Record(draft);
        draft.Say(draft.English
            ? $"{part.Label} ({part.Display}) is {share.Display} of {whole.Label} ({whole.Display}) ({share.Formula}) {markers}."
            : $"{part.Label}({part.Display})는 {whole.Label}({whole.Display})의 {share.Display}입니다 ({share.Formula}) {markers}.");
        return markers;
    }

    private static string? Ratio(AnswerDraft draft, Operand a, Operand b)
    {
        if (b.Value == 0)
        {
            return null;
        }
        var ratio = Calculator.Ratio(draft.English ? $"{a.Label} to {b.Label}" : $"{a.Label} / {b.Label}", a, b);
        var markers = ratio.Record(draft);
        draft.Say(draft.English
            ? $"{a.Label} ({a.Display}) is {ratio.Display.Replace("배", " times", StringComparison.Ordinal)} {b.Label} ({b.Display}) ({ratio.Formula}) {markers}."
            : $"{a.Label}({a.Display})는 {b.Label}({b.Display})의 {ratio.Display}입니다 ({ratio.Formula}) {markers}.");
        return markers;
    }

    private static string Sum(AnswerDraft draft, List<Operand> operands)
    {
        var sum = Calculator.Sum(draft.English ? "total" : "합계", operands);
        var markers = sum.Record(draft);
        var names = string.Join(draft.English ? ", " : "·", operands.Select(o => $"{o.Label}({o.Display})"));
        draft.Say(draft.English ? $"{names} add up to {sum.Display} ({sum.Formula}) {markers}." : $"{Josa.With(names, "을/를")} 더하면 {sum.Display}입니다 ({sum.Formula}) {markers}.");
        return markers;
    }

    /// <summary>The mean of the cells, or — with a divisor (14개 시도) — their total divided by it.</summary>
    private static string? Average(AnswerDraft draft, List<Operand> operands, double? divisor)
    {
        var english = draft.English;
        if (divisor is { } by)
        {
            if (by == 0)
            {
                return null;
            }
            var amount = operands.Count == 1 ? operands[0] : Total(operands, english);
            var divided = Calculator.Divide(english ? $"{amount.Label} per one of {Amounts.Plain(by)}" : $"{amount.Label} {Amounts.Plain(by)}등분",
                amount, by, amount.Unit, operands, Amounts.Plain(by));
            var markers = divided.Record(draft);
            draft.Say(english
                ? $"{amount.Label} ({amount.Display}) divided by {Amounts.Plain(by)} is {divided.Display} ({divided.Formula}) {markers}."
                : $"{amount.Label}({amount.Display})를 {Josa.With(Amounts.Plain(by), "으로/로")} 나누면 {divided.Display}입니다 ({divided.Formula}) {markers}.");
            return markers;
        }
        if (operands.Skip(1).Any(o => !o.Unit.SameFamily(operands[0].Unit) && o.Unit != operands[0].Unit))
        {
            return null;
        }
        var mean = Calculator.Mean(english ? "average" : "평균", operands);
        var meanMarkers = mean.Record(draft);
        var names = string.Join(", ", operands.Select(o => $"{o.Label} {o.Display}"));
        draft.Say(english ? $"The average of {names} is {mean.Display} ({mean.Formula}) {meanMarkers}." : $"{names}의 평균은 {mean.Display}입니다 ({mean.Formula}) {meanMarkers}.");
        return meanMarkers;
    }

    /// <summary>Several cells as one amount (their sum), to divide by a count.</summary>
    private static Operand Total(List<Operand> operands, bool english) =>
        operands[0] with { Value = Calculator.Sum(english ? "total" : "합계", operands).Value, Label = string.Join("+", operands.Select(o => o.Label)) };

    /// <summary>The tables a caller could name, so a tool call that found nothing can be retried with the right words.</summary>
    private string Tables(bool english)
    {
        var titles = CellFinder.Tables(knowledge, null).Select(t => t.Table.Title).Where(t => t.Length > 0).Distinct().Take(12).ToList();
        if (titles.Count == 0)
        {
            return "";
        }
        return english ? $" Tables: {string.Join("; ", titles)}." : $" 표 목록: {string.Join("; ", titles)}.";
    }

    private static Answer NotFound(AnswerDraft draft, string sentence)
    {
        draft.Kind = AnswerKinds.OutOfScope;
        draft.Answerable = false;
        draft.Say(sentence);
        return draft.Finish();
    }

    /// <summary>The operation words a caller may use, in English or Korean.</summary>
    private static class Operations
    {
        public static Operation? Read(string word) => word.Trim().ToLowerInvariant() switch
        {
            "growth" or "change" or "rate" or "증가율" or "증감률" or "성장률" => Operation.Growth,
            "difference" or "diff" or "차이" or "증감" or "증감액" => Operation.Difference,
            "share" or "percent" or "비중" or "비율" => Operation.Share,
            "sum" or "total" or "합계" or "합" => Operation.Sum,
            "average" or "mean" or "평균" => Operation.Average,
            "ratio" or "times" or "배" or "배율" => Operation.Ratio,
            _ => null,
        };
    }
}
