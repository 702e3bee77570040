namespace Corpus.Readers;

/// <summary>
/// Writes a document in the corpus's canonical text layout while a reader walks it: a paragraph is one line,
/// a table is a block of TAB-separated rows, and blocks are kept apart by one blank line. Every line gets the
/// location label the reader gives it, in the format's own terms, and the text the file stores for it where the
/// reader shows the file's text otherwise (<see cref="SourceDocument.StoredLines"/>).
/// </summary>
public sealed class DocumentLines
{
    private readonly List<string> _lines = [];
    private readonly List<string> _locations = [];
    private readonly List<string> _stored = [];

    public int Count => _lines.Count;

    /// <summary>
    /// A paragraph: its text on one line (tabs and line breaks inside it become spaces, so it never reads as a table
    /// row); <paramref name="stored"/> is the text as the file stores it when that is not the text shown.
    /// </summary>
    public void Paragraph(string text, string location, string? stored = null)
    {
        var line = OneLine(text);
        if (line.Length == 0)
        {
            Break();
            return;
        }
        Add(line, location, stored is null ? line : OneLine(stored));
    }

    /// <summary>A table's rows, one TAB-separated line each (rows with no text are left out: a blank line would end the block).</summary>
    public void Table(IEnumerable<(IReadOnlyList<string> Cells, string Location)> rows) =>
        Table(rows.Select(r => (r.Cells, (IReadOnlyList<string>?)null, r.Location)));

    /// <summary>A table's rows with each cell's text as the file stores it (null: as shown), one stored cell for each cell.</summary>
    public void Table(IEnumerable<(IReadOnlyList<string> Cells, IReadOnlyList<string>? Stored, string Location)> rows)
    {
        var written = false;
        foreach (var (cells, stored, location) in rows)
        {
            var texts = cells.Select(OneLine).ToArray();
            if (texts.All(t => t.Length == 0))
            {
                continue;
            }
            if (!written)
            {
                Break();
                written = true;
            }
            var line = string.Join('\t', texts);
            Add(line, location, stored is null ? line : string.Join('\t', Enumerable.Range(0, texts.Length).Select(i => i < stored.Count ? OneLine(stored[i]) : texts[i])));
        }
        if (written)
        {
            Break();
        }
    }

    /// <summary>Ends a group of paragraphs with a blank line (never two blank lines in a row, none at the start).</summary>
    public void Break()
    {
        if (_lines.Count > 0 && _lines[^1].Length > 0)
        {
            Add("", _locations[^1], "");
        }
    }

    public SourceDocument Build(string path, string format)
    {
        while (_lines.Count > 0 && _lines[^1].Length == 0)
        {
            _lines.RemoveAt(_lines.Count - 1);
            _locations.RemoveAt(_locations.Count - 1);
            _stored.RemoveAt(_stored.Count - 1);
        }
        var storedDiffers = Enumerable.Range(0, _lines.Count).Any(i => !string.Equals(_lines[i], _stored[i], StringComparison.Ordinal));
        return new SourceDocument(System.IO.Path.GetFileName(path), path, _lines.ToArray())
        {
            Format = format,
            Locations = _locations.ToArray(),
            StoredLines = storedDiffers ? _stored.ToArray() : null,
        };
    }

    /// <summary>Text as one line: runs of whitespace (tabs, line breaks, ideographic spaces) become one space, ends trimmed.</summary>
    public static string OneLine(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var builder = new System.Text.StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = builder.Length > 0;
                continue;
            }
            if (space)
            {
                builder.Append(' ');
                space = false;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    private void Add(string line, string location, string stored)
    {
        _lines.Add(line);
        _locations.Add(location);
        _stored.Add(stored);
    }
}
