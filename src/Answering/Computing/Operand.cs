using Answering.Composing;
using Answering.Contract;
using Corpus.Quantities;
using Knowledge.Documents;
using Knowledge.Figures;
using Knowledge.Tables;

namespace Answering.Computing;

/// <summary>
/// A figure an answer states or computes with: its value and unit as the document writes them, a label made of the
/// document's own words (row and column headers, or the words around it), and where it is cited from.
/// </summary>
public sealed partial record Operand(double Value, Unit Unit, string Label, string Doc, int Line, string Quote, TableReference? Table)
{
    /// <summary>The entity the figure belongs to (a table row's name, the subject before it in text), for follow-ups.</summary>
    public string? Entity { get; init; }

    /// <summary>The row and column the figure came from, when it is a cell.</summary>
    public RowModel? Row { get; init; }
    public ColumnModel? Column { get; init; }
    public TableModel? SourceTable { get; init; }
    public TextFigure? Text { get; init; }

    /// <summary>The amount as the document writes it when a sentence spells it with 만·억·천 (1,562만명), else formatted.</summary>
    public string Display => Written ?? Amounts.Format(Value, Unit);

    private string? Written => Text is { } figure && figure.Unit == Unit && Math.Abs(figure.Value - Value) < 1e-9
        && figure.Passage.Text.Substring(figure.Quantity.Start, figure.Quantity.Length).Trim() is var written
        && KoreanNumberWord().IsMatch(written) ? written : null;

    [System.Text.RegularExpressions.GeneratedRegex(@"\d\s?[만억천조]")]
    private static partial System.Text.RegularExpressions.Regex KoreanNumberWord();

    public int Cite(AnswerDraft draft) => draft.CiteIndex(Doc, Line, Line, Quote, Table);

    public double In(Unit unit) => Unit.Convert(Value, unit);

    public static Operand FromCell(DocumentKnowledge document, TableModel table, RowModel row, ColumnModel column)
    {
        var cell = table.Cell(row, column);
        var unit = cell.Unit ?? column.Unit ?? Units.None;
        var label = CellLabel(table, row, column);
        return new Operand(cell.Value ?? 0, unit, label, document.Name, row.Line, document.Document.Line(row.Line).Trim(),
            new TableReference(table.Title, row.Label, column.Label))
        {
            Entity = row.Name,
            Row = row,
            Column = column,
            SourceTable = table,
        };
    }

    public static Operand FromText(TextFigure figure, string label, string quote)
    {
        var unit = figure.Unit;
        return new Operand(figure.Value, unit, label, figure.Passage.Unit.Doc, figure.Passage.Unit.FromLine, quote, null) { Text = figure };
    }

    /// <summary>"R&amp;D 2단계(B) 소계", "경북 '22년(B) 합계": the row's name, then the column's header path.</summary>
    public static string CellLabel(TableModel table, RowModel row, ColumnModel column)
    {
        // A row numbered by a 연번 is named by the column that names it ((주)○○, not 7).
        IReadOnlyList<string> header = row.Header.Count > 0 && Clean(row.Header[^1]) != row.Name ? [.. row.Header.SkipLast(1), row.Name] : row.Header;
        var rowName = string.Join(" ", header.Where(h => h.Length > 0).Select(Clean));
        var columnName = string.Join(" ", column.Path.Select(Clean));
        if (rowName.Length == 0)
        {
            return columnName;
        }
        return columnName.Length == 0 ? rowName : $"{rowName} {columnName}";
    }

    private static string Clean(string label) => label.TrimEnd('*').Trim();
}
