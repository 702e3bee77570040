using System.Text.RegularExpressions;
using Corpus.Model;
using Knowledge.Tables;

namespace Knowledge.Documents;

/// <summary>
/// A named subject the document describes in a block of its own (a company, a site, a success case): the line that
/// names it and the items that describe it. Read from every layout a release uses for such a box — a 【 … 】 title
/// over ■ items, case boxes side by side in a table, a □ heading over a two-column 구분 | 주요내용 table, a numbered
/// subject over its labelled ○ (내용) … items, or one row of a table of cases.
/// </summary>
public sealed record CaseBlock(Passage Title, IReadOnlyList<Passage> Items)
{
    /// <summary>
    /// The subject the title names, when the title is nothing but that name (a numbered project, a case table's row
    /// label): a question writing this name asks about the block. Null for boxes whose titles describe.
    /// </summary>
    public string? Subject { get; init; }

    /// <summary>How the block is named in an answer when its title line says more than the name (a whole table row).</summary>
    public string? DisplayName { get; init; }
}

/// <summary>Finds a document's case blocks, whatever layout writes them.</summary>
public static partial class CaseBlocks
{
    /// <summary>"1. AI 자율제조 선도공장 구축 (2027년 480억원)": a numbered line naming a subject, its figure in brackets.</summary>
    [GeneratedRegex(@"^\s*\d{1,2}\.\s+(?<subject>[^\d\s(][^(]{1,40}?)\s*(?:\([^)]*\)\s*)?$")]
    private static partial Regex NumberedSubject();

    /// <summary>A bracketed part of a name (지역, 유형) that says where or what kind, not who.</summary>
    [GeneratedRegex(@"\s*\([^)]*\)")]
    private static partial Regex Bracketed();

    /// <summary>Fewest labelled items under a numbered line that make it a subject described item by item.</summary>
    private const int MinLabelledItems = 2;

    /// <summary>Most lines between two items of one numbered block (a blank line between them is layout).</summary>
    private const int MaxItemGap = 2;

    /// <summary>Most rows of a table of cases: each row is one case, and a long table is a list, not a showcase.</summary>
    private const int MaxCaseRows = 12;
    /// <summary>Longest label cell of a label | text table that still reads as a label (공간, 입주 청년, 추진내용 및 성과).</summary>
    private const int MaxLabelLength = 12;

    /// <summary>Shortest average text cell that makes the second column a description rather than a value.</summary>
    private const int MinTextLength = 15;

    public static IReadOnlyList<CaseBlock> Find(IReadOnlyList<Passage> passages, IReadOnlyList<TableModel> tables)
    {
        var blocks = new List<CaseBlock>();
        foreach (var title in passages.Where(p => p.Kind == UnitKind.CaseTitle))
        {
            var items = passages.Where(p => p.Unit.Case == title.Unit.Index).ToList();
            if (items.Count > 0)
            {
                blocks.Add(new CaseBlock(title, items));
            }
        }
        foreach (var table in tables.Where(IsDescriptionTable))
        {
            if (HeadingOver(passages, table) is not { } heading)
            {
                continue;
            }
            // The long text cells are passages of their own (without the row label); the row units carry the label.
            var items = passages.Where(p => p.Unit.Table == table.Table.Index && p.Kind == UnitKind.TableRow && p.Unit.Column is not null).ToList();
            if (items.Count == 0)
            {
                items = [.. passages.Where(p => p.Unit.Table == table.Table.Index && p.Kind == UnitKind.TableRow)];
            }
            blocks.Add(new CaseBlock(heading, items));
        }
        blocks.AddRange(NumberedBlocks(passages));
        foreach (var table in tables.Where(t => IsCaseTable(t, passages)))
        {
            blocks.AddRange(RowBlocks(passages, table));
        }
        foreach (var table in tables.Where(IsColumnCaseTable))
        {
            blocks.AddRange(ColumnBlocks(passages, table));
        }
        return blocks;
    }

    /// <summary>
    /// Numbered subjects each described by labelled bullets ("2. 핵심광물 비축기지 확충 (…)" over "○ (내용) …",
    /// "○ (목표) …"): the items run from the numbered line to the next one or to the first line that is not a bullet.
    /// </summary>
    private static IEnumerable<CaseBlock> NumberedBlocks(IReadOnlyList<Passage> passages)
    {
        var body = passages.Where(p => p.Unit.Table is null).OrderBy(p => p.Unit.FromLine).ToList();
        for (var i = 0; i < body.Count; i++)
        {
            var title = body[i];
            if (title.Unit.Label is not null || NumberedSubject().Match(title.Text) is not { Success: true } numbered)
            {
                continue;
            }
            var items = new List<Passage>();
            var last = title.Unit.ToLine;
            for (var j = i + 1; j < body.Count; j++)
            {
                var next = body[j];
                if (next.Kind is not (UnitKind.Bullet or UnitKind.Note) || NumberedSubject().IsMatch(next.Text) || next.Unit.FromLine - last > MaxItemGap)
                {
                    break;
                }
                items.Add(next);
                last = next.Unit.ToLine;
            }
            if (items.Count(p => p.Unit.Label is not null) >= MinLabelledItems)
            {
                yield return new CaseBlock(title, items) { Subject = numbered.Groups["subject"].Value.Trim() };
            }
        }
    }

    /// <summary>
    /// A table whose rows are cases: introduced as such (사례 in its title, the line over it or its header) and
    /// describing each row in words (a text column), not a table of figures.
    /// </summary>
    private static bool IsCaseTable(TableModel table, IReadOnlyList<Passage> passages)
    {
        if (table.Table.IsBlock || table.IsContactTable || table.Rows.Count is < 2 or > MaxCaseRows || IsDescriptionTable(table)
            || !table.Columns.Any(c => c.Kind == ColumnKind.Text))
        {
            return false;
        }
        var above = passages.LastOrDefault(p => p.Unit.Table is null && p.Unit.ToLine < table.Table.FromLine && p.Unit.ToLine >= table.Table.FromLine - 3);
        return SaysCases(table.Title) || above is not null && SaysCases(above.Text) || table.Columns.Any(c => SaysCases(c.Label));
    }

    private static bool SaysCases(string text) => text.Contains("사례", StringComparison.Ordinal);

    /// <summary>Each row of a table of cases: the row names the case, its text cells (이용 서비스, 주요 성과) describe it.</summary>
    private static IEnumerable<CaseBlock> RowBlocks(IReadOnlyList<Passage> passages, TableModel table)
    {
        foreach (var row in table.Rows.Where(r => !r.IsTotal))
        {
            var inRow = passages.Where(p => p.Unit.Table == table.Index && p.Kind == UnitKind.TableRow && p.Unit.FromLine == row.Line).ToList();
            var title = inRow.FirstOrDefault(p => p.Unit.Column is null);
            var items = inRow.Where(p => p.Unit.Column is not null).ToList();
            if (title is null || items.Count == 0)
            {
                continue;
            }
            var subject = Bracketed().Replace(row.Name, "").Trim();
            if (subject.Length >= 2)
            {
                yield return new CaseBlock(title, items) { Subject = subject, DisplayName = row.Name };
            }
        }
    }

    /// <summary>"(B) 충남 천안 B사", "(주)한빛": a column header naming one subject — a lettered example or a company.</summary>
    [GeneratedRegex(@"(?<![A-Za-z])[A-Z]\s?(?:사|기업|기관|센터|지구)(?![가-힣])|\(주\)|㈜")]
    private static partial Regex NamedSubjectHeader();

    /// <summary>
    /// A worked example written as a table with one column per subject (구분 | (A) 전북 전주 A사 | (B) 충남 천안 B사):
    /// every column after the row labels names a subject, and the rows are what the example works out for each.
    /// </summary>
    private static bool IsColumnCaseTable(TableModel table)
    {
        if (table.Table.IsBlock || table.IsContactTable || table.Table.HeaderRows != 1 || table.Rows.Count < 2 || table.Rows.Count > MaxCaseRows)
        {
            return false;
        }
        var subjects = table.Columns.Where(c => c.Kind != ColumnKind.Key).ToList();
        return subjects.Count >= 2 && subjects.All(c => NamedSubjectHeader().IsMatch(c.Label));
    }

    /// <summary>
    /// Each subject column of a worked-example table as a block: its header cell is the title, its cells the items,
    /// each labelled with its row (월 지급액 → "120만원 (한도 적용)").
    /// </summary>
    private static IEnumerable<CaseBlock> ColumnBlocks(IReadOnlyList<Passage> passages, TableModel table)
    {
        var header = passages.FirstOrDefault(p => p.Unit.Table == table.Index && p.Kind == UnitKind.TableHeader);
        if (header is null)
        {
            yield break;
        }
        var rowLines = passages.Where(p => p.Unit.Table == table.Index && p.Kind == UnitKind.TableRow && p.Unit.Column is null)
            .GroupBy(p => p.Unit.FromLine).ToDictionary(g => g.Key, g => g.First());
        foreach (var column in table.Columns.Where(c => c.Kind != ColumnKind.Key))
        {
            if (CellPassage(header, column.Label, column.Index, null, header.HeadingTerms) is not { } title)
            {
                continue;
            }
            var items = new List<Passage>();
            foreach (var row in table.Rows.Where(r => !r.IsTotal && column.Index < r.Cells.Count))
            {
                if (rowLines.TryGetValue(row.Line, out var line)
                    && CellPassage(line, row.Cells[column.Index].Text, column.Index, row.Name, [.. line.HeadingTerms.Concat(row.Terms).Concat(title.Terms).Distinct()]) is { } item)
                {
                    items.Add(item);
                }
            }
            if (items.Count > 0)
            {
                yield return new CaseBlock(title, items) { Subject = Bracketed().Replace(column.Label, "").Trim(), DisplayName = column.Label };
            }
        }
    }

    /// <summary>One cell of a table line as a passage of its own (the cell's text at its place in the line), labelled with its row.</summary>
    private static Passage? CellPassage(Passage line, string cell, int column, string? label, IReadOnlyList<string> context)
    {
        var text = cell.Trim();
        var cells = line.Text.Split('\t');
        if (text.Length == 0 || column >= cells.Length || !cells[column].Contains(text, StringComparison.Ordinal))
        {
            return null;
        }
        var offset = cells.Take(column).Sum(c => c.Length + 1) + cells[column].IndexOf(text, StringComparison.Ordinal);
        var unit = line.Unit with { Kind = UnitKind.TableRow, Text = text, Column = column, Offset = line.Unit.Offset + offset, Label = label };
        return new Passage(unit, context);
    }

    /// <summary>A table of a few rows that each label one long description: how a case is written as a table.</summary>
    private static bool IsDescriptionTable(TableModel table)
    {
        if (table.Table.IsBlock || table.IsContactTable || table.Columns.Count != 2 || table.Rows.Count < 2)
        {
            return false;
        }
        var labels = table.Rows.Select(r => r.Name).ToList();
        var texts = table.Rows.Select(r => r.Cells.Count > 1 ? r.Cells[1].Text : "").ToList();
        return table.Columns[1].Kind == ColumnKind.Text && labels.All(l => l.Length is > 0 and <= MaxLabelLength) && texts.Average(t => t.Length) >= MinTextLength;
    }

    /// <summary>The □ heading a table stands right under (its title line), which names what the table describes.</summary>
    private static Passage? HeadingOver(IReadOnlyList<Passage> passages, TableModel table)
    {
        if (table.Table.TitleLine is not int line)
        {
            return null;
        }
        return passages.FirstOrDefault(p => p.Kind == UnitKind.Heading && p.Unit.FromLine == line && p.Unit.Table is null);
    }
}
