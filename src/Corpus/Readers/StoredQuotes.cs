using System.Text;

namespace Corpus.Readers;

/// <summary>
/// Turns a quote of a document's lines as a reader shows them into the text the file stores, cell by cell: a cell
/// shown otherwise than stored (an XLSX number through its format) is quoted whole as stored, every other character
/// of the quote stays as it is.
/// </summary>
public static class StoredQuotes
{
    public static string Quote(SourceDocument document, int from, int to, string quote)
    {
        if (document.StoredLines is not { } stored || quote.Length == 0 || from < 1 || to < from || to > document.Lines.Count || to > stored.Count)
        {
            return quote;
        }
        // Multi-line passages join their lines with a line break or a space.
        foreach (var separator in new[] { '\n', ' ' })
        {
            var (shown, cells) = Layout(document.Lines, stored, from, to, separator);
            var at = shown.IndexOf(quote, StringComparison.Ordinal);
            if (at >= 0)
            {
                return Replace(shown, cells, at, at + quote.Length);
            }
        }
        return quote;
    }

    /// <summary>Lines from..to joined, with the span each cell takes in the joined text and its stored text.</summary>
    private static (string Shown, List<(int Start, int End, string Shown, string Stored)> Cells) Layout(
        IReadOnlyList<string> lines, IReadOnlyList<string> stored, int from, int to, char separator)
    {
        var text = new StringBuilder();
        var cells = new List<(int, int, string, string)>();
        for (var n = from; n <= to; n++)
        {
            if (n > from)
            {
                text.Append(separator);
            }
            var shownCells = lines[n - 1].Split('\t');
            var storedCells = stored[n - 1].Split('\t');
            if (shownCells.Length != storedCells.Length)
            {
                // Not laid out cell for cell: the line is one piece.
                (shownCells, storedCells) = ([lines[n - 1]], [stored[n - 1]]);
            }
            for (var c = 0; c < shownCells.Length; c++)
            {
                if (c > 0)
                {
                    text.Append('\t');
                }
                cells.Add((text.Length, text.Length + shownCells[c].Length, shownCells[c], storedCells[c]));
                text.Append(shownCells[c]);
            }
        }
        return (text.ToString(), cells);
    }

    private static string Replace(string shown, List<(int Start, int End, string Shown, string Stored)> cells, int start, int end)
    {
        var quote = new StringBuilder();
        var at = start;
        foreach (var cell in cells.Where(c => c.End > start && c.Start < end && c.Shown != c.Stored))
        {
            quote.Append(shown, at, Math.Max(0, cell.Start - at));
            quote.Append(cell.Stored);
            at = Math.Max(at, cell.End);
        }
        if (at < end)
        {
            quote.Append(shown, at, end - at);
        }
        return quote.ToString();
    }
}
