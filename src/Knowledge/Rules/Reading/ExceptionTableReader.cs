using System.Text.RegularExpressions;
using Knowledge.Documents;
using Knowledge.Rules.Conditions;
using Knowledge.Tables;

namespace Knowledge.Rules.Reading;

/// <summary>
/// Reads a table of exclusions with a column of exceptions (구분 | 제외 사유 | 예외(신청 가능한 경우)): each row excludes whoever
/// its exclusion cell names — in words as often as in bounds (국세·지방세 체납) — unless its exception cell holds (징수유예 또는
/// 분할납부 승인을 받은 경우), which lifts the exclusion. A row whose exception cell says there is none (없음, -) has no exception.
/// </summary>
public static partial class ExceptionTableReader
{
    [GeneratedRegex(@"제외|제한|불가|결격|신청할\s?수\s?없")]
    private static partial Regex ExclusionHeader();

    [GeneratedRegex(@"예외|단서|가능한\s?경우|허용")]
    private static partial Regex ExceptionHeader();

    [GeneratedRegex(@"^(?:없음|없다|해당\s?없음|-|—|–|×|x|X)?$")]
    private static partial Regex NoException();

    public static IEnumerable<Rule> Read(DocumentKnowledge document, TableModel table, int year)
    {
        if (table.Table.IsBlock || table.Rows.Count == 0)
        {
            yield break;
        }
        var exception = table.Columns.FirstOrDefault(c => ExceptionHeader().IsMatch(c.Label));
        var exclusion = table.Columns.FirstOrDefault(c => c != exception && ExclusionHeader().IsMatch(c.Label) && !ExceptionHeader().IsMatch(c.Label));
        if (exception is null || exclusion is null)
        {
            yield break;
        }
        foreach (var row in table.Rows.Where(r => !r.IsTotal))
        {
            var excluded = Cell(row, exclusion.Index);
            if (excluded.Length == 0 || document.Passages.FirstOrDefault(p => p.Unit.Table == table.Index && p.Unit.FromLine == row.Line && p.Unit.Column is null && p.Unit.Kind == Corpus.Model.UnitKind.TableRow) is not { } passage)
            {
                continue;
            }
            var conditions = ConditionScanner.Scan(excluded, null, year);
            var clauses = SentenceReader.Clauses(excluded, conditions);
            if (clauses.Count == 0)
            {
                continue;
            }
            var rule = new Rule
            {
                Passage = passage,
                Text = excluded,
                Form = RuleForm.Consequence,
                Outcome = Outcome.Negative,
                OutcomeText = excluded,
                Alternatives = clauses,
                Terms = [.. table.TitleTerms.Concat(table.ContextTerms).Concat(row.Terms).Distinct()],
                Table = table,
                Row = row,
                Column = exclusion,
            };
            var excepted = Cell(row, exception.Index);
            if (!NoException().IsMatch(excepted))
            {
                var when = SentenceReader.Clauses(excepted, ConditionScanner.Scan(excepted, null, year));
                if (when.Count > 0)
                {
                    rule.Provisos.Add(new Proviso { Passage = passage, Text = excepted, When = when });
                }
            }
            yield return rule;
        }
    }

    private static string Cell(RowModel row, int column) => row.Cells.FirstOrDefault(c => c.Column == column)?.Text.Trim() ?? "";
}
