using System.Globalization;
using System.Text.RegularExpressions;

namespace Corpus.Readers;

/// <summary>The location labels readers give lines, and the label of a range of lines or of one cell of a row.</summary>
public static partial class LocationLabels
{
    [GeneratedRegex(@"^(?<sheet>.+)!(?<col>[A-Z]+)(?<row>\d+)(?::[A-Z]+\d+)?$")]
    private static partial Regex SheetRange();

    public static string Paragraph(int number) => $"문단 {number}";

    public static string TableRow(int table, int row) => $"표 {table} · {row}행";

    public static string PdfLines(int page, int fromLine, int toLine) =>
        fromLine == toLine ? $"{page}쪽 {fromLine}줄" : $"{page}쪽 {fromLine}–{toLine}줄";

    public static string Record(int number) => $"{number}행";

    /// <summary>An Excel column's letters: 0 → A, 26 → AA.</summary>
    public static string ColumnLetters(int column)
    {
        var letters = "";
        for (var c = column + 1; c > 0; c = (c - 1) / 26)
        {
            letters = (char)('A' + (c - 1) % 26) + letters;
        }
        return letters;
    }

    /// <summary>An Excel column's 0-based index from its letters: A → 0, AA → 26.</summary>
    public static int ColumnIndex(string letters) => letters.Aggregate(0, (n, c) => n * 26 + (c - 'A' + 1)) - 1;

    public static string SheetRange(string sheet, int row, int firstColumn, int lastColumn) =>
        firstColumn == lastColumn
            ? $"{sheet}!{ColumnLetters(firstColumn)}{row}"
            : $"{sheet}!{ColumnLetters(firstColumn)}{row}:{ColumnLetters(lastColumn)}{row}";

    /// <summary>The label of lines from..to of a document: one label, or the first and last joined by " – ".</summary>
    public static string? Range(SourceDocument document, int from, int to)
    {
        if (from < 1 || to < from || to > document.Lines.Count)
        {
            return null;
        }
        var first = document.Locations[from - 1];
        var last = document.Locations[to - 1];
        if (document.IsPlainText)
        {
            return from == to ? $"{from}줄" : $"{from}–{to}줄";
        }
        return first == last ? first : $"{first} – {last}";
    }

    /// <summary>The label of one cell of a table row line: "표 2 · 3행 4열", "시트1!D5", "5행 4열", "3쪽 12줄 4열".</summary>
    public static string Cell(SourceDocument document, int line, int column)
    {
        var row = line >= 1 && line <= document.Lines.Count ? document.Locations[line - 1] : "";
        if (document.Format == "xlsx" && SheetRange().Match(row) is { Success: true } sheet)
        {
            var first = ColumnIndex(sheet.Groups["col"].Value);
            return $"{sheet.Groups["sheet"].Value}!{ColumnLetters(first + column)}{sheet.Groups["row"].Value}";
        }
        var label = document.IsPlainText ? $"{line}줄" : row;
        return string.Create(CultureInfo.InvariantCulture, $"{label} {column + 1}열");
    }
}
