namespace Corpus;

/// <summary>
/// One corpus file as line-addressed text in the corpus's canonical layout: paragraphs one per line, tables as
/// blocks of TAB-separated rows, a blank line between blocks. Line n (1-based) is <c>Lines[n - 1]</c>;
/// <see cref="Locations"/>[n - 1] says where that line is in the file's own terms ("3쪽 12줄", "표 2 · 3행",
/// "시트1!A5:G5", "5행", or the line number of a text file).
/// </summary>
public sealed record SourceDocument(string Name, string Path, IReadOnlyList<string> Lines)
{
    /// <summary>The file format the lines were read from: txt, md, csv, tsv, hwpx, docx, xlsx or pdf.</summary>
    public string Format { get; init; } = "txt";

    private IReadOnlyList<string>? _locations;

    /// <summary>Where each line is in the file, one label per line; a text file's labels are its line numbers ("12줄").</summary>
    public IReadOnlyList<string> Locations
    {
        get => _locations ??= Enumerable.Range(1, Lines.Count).Select(n => $"{n}줄").ToArray();
        init => _locations = value;
    }

    /// <summary>
    /// Each line as the file itself stores its text, where a reader shows it otherwise: an XLSX number is stored as
    /// its value (514) and shown through its number format (514.0, 7,020, 40.5%). Line for line and cell for cell
    /// (the same TABs) with <see cref="Lines"/>; null when the lines are the file's own text.
    /// </summary>
    public IReadOnlyList<string>? StoredLines { get; init; }

    /// <summary>
    /// A quote from lines from..to as the file stores it, so a reader of the file finds it: each cell the quote
    /// touches that is shown otherwise than stored is quoted as stored. The quote itself when the file stores the
    /// lines as shown, or when it is not the text of those lines.
    /// </summary>
    public string QuoteAsStored(int from, int to, string quote) => Readers.StoredQuotes.Quote(this, from, to, quote);

    /// <summary>True for formats whose lines are the file's own lines (citations' line numbers count them on disk).</summary>
    public bool IsPlainText => Format is "txt" or "md";

    /// <summary>The label of a line range: one line's label, or "first – last" when they differ.</summary>
    public string? LocationOf(int from, int to) => Readers.LocationLabels.Range(this, from, to);

    /// <summary>Reads a text file byte for byte (lines split on LF as on disk).</summary>
    public static SourceDocument Read(string path) => Readers.TextDocumentReader.ReadFile(path);
}
