using Knowledge;
using Knowledge.Documents;
using Knowledge.Language;
using Knowledge.Tables;

namespace Answering.Tools;

/// <summary>A cell found by its headers, with how well the row, column and table words fit it.</summary>
internal sealed record FoundCell(DocumentKnowledge Document, TableModel Table, RowModel Row, ColumnModel Column, double Score, bool Exact)
{
    public CellModel Cell => Table.Cell(Row, Column);
}

/// <summary>
/// Finds table cells by the words a person names their row and column with, over every table of every document: the
/// table words (if any) narrow by title and heading, the row words pick the row by its label or name, the column words
/// the column by its header path, years and stages. Among columns that fit equally the one naming nothing more than
/// asked wins (1단계 → 1단계 소계, not 1단계 '18 or 합계 (A+B)).
/// </summary>
internal static class CellFinder
{
    /// <summary>The tables the words name, best first; every table when no words are given.</summary>
    public static IEnumerable<(DocumentKnowledge Document, TableModel Table, double Fit)> Tables(KnowledgeBase knowledge, string? table)
    {
        var words = HeaderWords.Read(table);
        var tables = knowledge.Documents.SelectMany(d => d.Tables.Where(t => !t.Table.IsBlock).Select(t => (Document: d, Table: t)));
        if (words.IsEmpty)
        {
            return tables.Select(t => (t.Document, t.Table, 0.0));
        }
        return tables
            .Select(t => (t.Document, t.Table, Fit: TableFit(words, t.Table)))
            .Where(t => t.Fit > 0)
            .OrderByDescending(t => t.Fit);
    }

    /// <summary>A table fits by its title, and less by the heading it stands under (which its neighbours share).</summary>
    private static double TableFit(HeaderWords words, TableModel table)
    {
        var years = table.PeriodYears;
        var stages = TableModel.StagesOf(table.Title);
        var compact = TextNormalizer.Compact(table.Title);
        return Math.Max(words.Fit(table.TitleTerms, years, stages, compact), 0.6 * words.Fit([.. table.TitleTerms, .. table.ContextTerms], years, stages, compact));
    }

    /// <summary>A row fits by its label (the header path, 미래차 항공 울산 …) or its own name (초소형 전기차).</summary>
    public static double RowFit(HeaderWords words, RowModel row)
    {
        List<string> terms = [.. row.Terms, .. TermAnalyzer.Terms(row.Name).Select(Lexicon.Canonical)];
        return Math.Max(words.Fit(terms, row.Years, row.Stages, TextNormalizer.Compact(row.Name)), words.Fit(terms, row.Years, row.Stages, row.Compact));
    }

    public static double ColumnFit(HeaderWords words, ColumnModel column) => words.Fit(column.Terms, column.Years, column.Stages, column.Compact);

    /// <summary>Every cell the row and column words fit, best first.</summary>
    public static IReadOnlyList<FoundCell> Find(KnowledgeBase knowledge, string row, string column, string? table)
    {
        var rowWords = HeaderWords.Read(row);
        var columnWords = HeaderWords.Read(column);
        var found = new List<(FoundCell Cell, int Extra)>();
        foreach (var (document, model, tableFit) in Tables(knowledge, table))
        {
            foreach (var r in model.Rows)
            {
                var rowFit = RowFit(rowWords, r);
                if (rowFit <= 0)
                {
                    continue;
                }
                foreach (var c in model.Columns.Where(c => c.Kind != ColumnKind.Key))
                {
                    var columnFit = ColumnFit(columnWords, c);
                    if (columnFit <= 0 || model.Cell(r, c).Text.Trim().Length == 0)
                    {
                        continue;
                    }
                    var exact = TextNormalizer.Compact(r.Name) == rowWords.Compact && c.Compact == columnWords.Compact;
                    found.Add((new FoundCell(document, model, r, c, rowFit + columnFit + tableFit / 2, exact), columnWords.Extra(c.Years, c.Stages)));
                }
            }
        }
        return [.. found
            .OrderByDescending(f => Math.Round(f.Cell.Score, 3))
            .ThenByDescending(f => f.Cell.Exact)
            .ThenBy(f => f.Extra)
            .ThenByDescending(f => f.Cell.Column.IsTotal)
            .ThenBy(f => f.Cell.Column.Terms.Count)
            .ThenBy(f => f.Cell.Column.Index)
            .Select(f => f.Cell)];
    }

    /// <summary>The same cell printed again elsewhere (a table repeated in an appendix): same row, column and text.</summary>
    public static IEnumerable<FoundCell> Copies(FoundCell cell, IEnumerable<FoundCell> candidates) =>
        candidates.Where(c => c != cell && c.Document == cell.Document && c.Table != cell.Table
            && TextNormalizer.Compact(c.Row.Label) == TextNormalizer.Compact(cell.Row.Label)
            && c.Column.Compact == cell.Column.Compact
            && TextNormalizer.Compact(c.Cell.Text) == TextNormalizer.Compact(cell.Cell.Text));
}
