using System.Text.RegularExpressions;
using Corpus.Model;
using Knowledge.Documents;
using Knowledge.Rules.Conditions;
using Knowledge.Rules.Scopes;
using Knowledge.Tables;

namespace Knowledge.Rules.Reading;

/// <summary>
/// Reads the rules a table states in its cells (총사업비의 70% 이내, 20만㎡ 이상 (인구감소지역 10만㎡ 이상), 90점 이상): a cell's
/// bound limits what its row and column name, and applies to the scope they name (도·특별자치도, 개정, 일반 트랙). A cell that
/// says 좌동 repeats the cell to its left. A column whose rows each bound one measure under distinct short names (S, A, B …)
/// is a scale of bands: each row is the band its name gives, with the row's other cells as what the band brings.
/// </summary>
public static partial class TableRuleReader
{
    /// <summary>A cell repeating the one to its left: 좌동, 〃, or in an amendment table (현행과 같음), ⑥ (현행 제5항과 같음), 제10조(청년의 범위) (현행과 같음).</summary>
    [GeneratedRegex(@"^(?:제\d+조(?:의\d+)?\s?(?:\([^()]*\))?\s*|[①-⑳]\s*)?\(?\s*(?:좌\s?동|상\s?동|동일|같음|〃|현행(?:\s?제[\d조항호의]+)?(?:과|와)\s?같음|생\s?략)\s*\)?$")]
    private static partial Regex SameAsLeft();

    public static IEnumerable<Rule> Read(DocumentKnowledge document, TableModel table, int year)
    {
        if (table.Table.IsBlock || table.Rows.Count == 0)
        {
            return [];
        }
        var bare = SentenceReader.UnitOf(table.TitleUnit);
        var cells = new List<(RowModel Row, ColumnModel Column, IReadOnlyList<Condition> Conditions, string Text)>();
        foreach (var row in table.Rows)
        {
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var column = table.Columns[c];
                if (column.Kind == ColumnKind.Key)
                {
                    continue;
                }
                var text = CellText(table, row, c);
                var unit = column.Unit ?? bare;
                var conditions = ConditionScanner.Scan(MainPart(text), unit, year);
                if (conditions.Count > 0)
                {
                    cells.Add((row, column, conditions, text));
                }
            }
        }
        if (cells.Count == 0)
        {
            return [];
        }
        var heading = table.Title + " " + string.Join(" ", table.ContextTerms);
        var negative = OutcomeWords.Read(table.Title) == Outcome.Negative;
        var bandColumn = BandColumn(table, cells.Select(c => (c.Row, c.Column, c.Conditions)).ToList());
        var rules = new List<Rule>();
        foreach (var group in cells.GroupBy(c => c.Row))
        {
            var row = group.Key;
            var passage = RowPassage(document, table, row);
            if (passage is null)
            {
                continue;
            }
            var rowScope = ScopeWords.Read(row.Label);
            var rowSubject = row.Label.Length > 0 ? Named(row.Label) : [];
            if (bandColumn is not null)
            {
                // The band's own bound, and any further limit another cell sets on it (평가대상의 15% 이내) — not a detail in brackets.
                var conditions = group.SelectMany(c => c.Conditions.Where(k => c.Column == bandColumn || !k.Parenthetical).Select(k => Complete(k, c.Column, rowSubject, true))).ToList();
                var others = row.Cells.Where(k => k.Column != bandColumn.Index && table.Columns[k.Column].Kind != ColumnKind.Key && k.Text.Trim() is { Length: > 0 } t && t != "-")
                    .Select(k => k.Text.Trim()).ToList();
                var outcomeText = string.Join(", ", others);
                rules.Add(new Rule
                {
                    Passage = passage,
                    Text = row.Raw,
                    Form = RuleForm.Consequence,
                    Outcome = OutcomeWords.Read(outcomeText) is Outcome.Reduced or Outcome.Negative ? Outcome.Reduced : Outcome.Positive,
                    OutcomeText = outcomeText,
                    BandLabel = row.Name.Trim(),
                    Alternatives = [new RuleClause(conditions, [])],
                    Scope = rowScope,
                    Terms = Terms(table, row, bandColumn),
                    Table = table,
                    Row = row,
                    Column = bandColumn,
                });
                continue;
            }
            foreach (var (_, column, conditions, text) in group)
            {
                var scope = rowScope.With(ScopeWords.Read(column.Label));
                var completed = conditions.Select(k => Complete(k, column, rowSubject, false)).ToList();
                var tail = text[Math.Min(text.Length, conditions.Max(k => k.End))..];
                var excludes = negative || OutcomeWords.Read(tail) == Outcome.Negative;
                rules.Add(new Rule
                {
                    Passage = passage,
                    Text = text,
                    Form = excludes ? RuleForm.Consequence : RuleForm.Requirement,
                    Outcome = excludes ? Outcome.Negative : Outcome.Positive,
                    OutcomeText = excludes && tail.Trim().Length > 0 ? tail.Trim() : heading,
                    Alternatives = [new RuleClause(completed, [])],
                    Scope = scope,
                    Terms = Terms(table, row, column),
                    Table = table,
                    Row = row,
                    Column = column,
                });
                AddProvisos(rules[^1], text, new RuleContext(passage, scope, null, rules[^1].Terms, year));
            }
        }
        return rules;
    }

    /// <summary>A cell's text before its exception (… 34세 이하인 사람으로 한다. 다만, 병역을 이행한 사람은 …): the rule itself.</summary>
    private static string MainPart(string text) =>
        Sentences.Split(text).FirstOrDefault(s => OutcomeWords.OpensProviso(s.Text)) is { Text: not null } first && first.Start > 0 ? text[..first.Start] : text;

    /// <summary>The exceptions a cell states after its rule (다만, …) qualify that rule, as in running text.</summary>
    private static void AddProvisos(Rule rule, string text, RuleContext context)
    {
        foreach (var (_, sentence) in Sentences.Split(text).Where(s => OutcomeWords.OpensProviso(s.Text)))
        {
            if (ProvisoReader.Read(sentence, rule, context) is { } proviso)
            {
                rule.Provisos.Add(proviso);
            }
        }
    }

    /// <summary>A bound in a cell limits what its row (or, failing that, its column) names.</summary>
    private static Condition Complete(Condition condition, ColumnModel column, IReadOnlyList<string> rowSubject, bool band)
    {
        var columnSubject = Named(column.Label);
        var subject = condition.Subject.Count > 0 && !condition.InheritedSubject ? condition.Subject.ToList() : [];
        var named = band ? columnSubject : rowSubject.Concat(columnSubject).Distinct().ToList();
        subject.AddRange(named.Where(t => !subject.Contains(t) && !condition.Base.Contains(t)));
        if (condition.InheritedSubject)
        {
            subject.AddRange(condition.Subject.Where(t => !subject.Contains(t)));
        }
        return condition with { Subject = subject };
    }

    private static string CellText(TableModel table, RowModel row, int column)
    {
        for (var c = column; c >= 0; c--)
        {
            var text = row.Cells[c].Text.Trim();
            if (!SameAsLeft().IsMatch(text))
            {
                return text;
            }
        }
        return "";
    }

    /// <summary>A column of bands: at least three rows bound one measure there, and the rows have short distinct names.</summary>
    private static ColumnModel? BandColumn(TableModel table, List<(RowModel Row, ColumnModel Column, IReadOnlyList<Condition> Conditions)> cells)
    {
        foreach (var column in cells.GroupBy(c => c.Column))
        {
            var rows = column.Where(c => !c.Row.IsTotal).ToList();
            var names = rows.Select(r => r.Row.Name.Trim()).ToList();
            if (rows.Count >= 3 && names.Distinct().Count() == names.Count && names.All(n => n.Length is > 0 and <= 6 && !ScopeWords.IsScopeWord(n) && ScopeWords.Read(n).IsEmpty)
                && rows.Any(r => r.Conditions.Count >= 2)
                && rows.All(r => RuleAmounts.Comparable(r.Conditions[0].Unit, rows[0].Conditions[0].Unit)) && rows.Count >= table.Rows.Count(r => !r.IsTotal) - 1)
            {
                return column.Key;
            }
        }
        return null;
    }

    private static bool IsScopeOnly(string label) => Named(label).Count == 0;

    /// <summary>What a header names besides whom it scopes (일반 트랙 names no measure; 국비 does).</summary>
    private static List<string> Named(string label)
    {
        var scoped = ScopeWords.Read(label).Words.SelectMany(w => ConditionScanner.Terms(w).Append(w)).ToHashSet(StringComparer.Ordinal);
        return [.. ConditionScanner.Terms(label).Where(t => !scoped.Contains(t) && !scoped.Any(s => s.Contains(t, StringComparison.Ordinal)))];
    }

    private static IReadOnlyList<string> Terms(TableModel table, RowModel row, ColumnModel column) =>
        [.. table.TitleTerms.Concat(table.ContextTerms).Concat(row.Terms).Concat(column.Terms).Distinct()];

    private static Passage? RowPassage(DocumentKnowledge document, TableModel table, RowModel row) =>
        document.Passages.FirstOrDefault(p => p.Unit.Table == table.Index && p.Unit.FromLine == row.Line && p.Unit.Column is null && p.Unit.Kind == UnitKind.TableRow);
}
