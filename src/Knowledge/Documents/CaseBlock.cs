using Corpus.Model;
using Knowledge.Tables;

namespace Knowledge.Documents;

/// <summary>
/// A named subject the document describes in a block of its own (a company, a site, a success case): the line that
/// names it and the items that describe it. Read from every layout a release uses for such a box — a 【 … 】 title
/// over ■ items, case boxes side by side in a table, or a □ heading over a two-column 구분 | 주요내용 table.
/// </summary>
public sealed record CaseBlock(Passage Title, IReadOnlyList<Passage> Items);

/// <summary>Finds a document's case blocks, whatever layout writes them.</summary>
public static class CaseBlocks
{
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
        return blocks;
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
