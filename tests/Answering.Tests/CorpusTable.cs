using System.Globalization;

namespace Answering.Tests;

/// <summary>
/// A tab-separated table read straight off a corpus file, independently of the engine's parser, so tests can say what
/// the corpus holds: the block of lines under the title, its header rows (a header cell spans the empty cells after
/// it), and cells by their row label and column header words.
/// </summary>
internal sealed class CorpusTable
{
    private readonly string[] _lines;
    private readonly int _headerFrom;
    private readonly int _headerRows;
    private readonly int _to;

    private CorpusTable(string[] lines, int headerFrom, int headerRows, int to)
    {
        _lines = lines;
        _headerFrom = headerFrom;
        _headerRows = headerRows;
        _to = to;
    }

    /// <summary>The first table under a title line containing <paramref name="titleWords"/>; <paramref name="headerRows"/> lines of headers.</summary>
    public static CorpusTable Under(string file, string titleWords, int headerRows)
    {
        var lines = File.ReadAllText(file).Split('\n');
        // The title line is the one a table follows (a table of contents names the title too, with no table under it).
        var title = Enumerable.Range(0, lines.Length).First(i => lines[i].Contains(titleWords, StringComparison.Ordinal) && !lines[i].Contains('\t')
            && lines.Skip(i + 1).FirstOrDefault(l => l.Trim().Length > 0)?.Contains('\t') == true);
        var from = Array.FindIndex(lines, title + 1, l => l.Contains('\t'));
        var to = from;
        while (to + 1 < lines.Length && lines[to + 1].Contains('\t'))
        {
            to++;
        }
        return new CorpusTable(lines, from, headerRows, to);
    }

    /// <summary>The one corpus file of the test corpus.</summary>
    public static string CorpusFile => Directory.EnumerateFiles(TestEngine.CorpusFolder, "*.txt").Single();

    public IReadOnlyList<string> Lines => _lines;

    /// <summary>1-based numbers of the data lines.</summary>
    public IEnumerable<int> DataLines => Enumerable.Range(_headerFrom + _headerRows + 1, _to - _headerFrom - _headerRows + 1);

    public string[] Cells(int line) => _lines[line - 1].Split('\t');

    /// <summary>Every header row's words above column <paramref name="column"/>, a spanning cell carried to the right.</summary>
    public string HeaderOf(int column)
    {
        var parts = new List<string>();
        for (var h = _headerFrom; h < _headerFrom + _headerRows; h++)
        {
            var cells = _lines[h].Split('\t');
            var text = "";
            for (var c = Math.Min(column, cells.Length - 1); c >= 0; c--)
            {
                if (cells[c].Trim().Length > 0)
                {
                    text = cells[c].Trim();
                    break;
                }
                if (h == _headerFrom + _headerRows - 1)
                {
                    // The last header row does not span: an empty cell there names nothing more.
                    break;
                }
            }
            parts.Add(text);
        }
        return string.Join(" ", parts.Where(p => p.Length > 0));
    }

    /// <summary>The line of the row whose first cell is <paramref name="label"/>.</summary>
    public int LineOf(string label) => DataLines.First(line => Cells(line)[0].Trim() == label);

    /// <summary>The column whose header holds every one of <paramref name="headerWords"/> (the first, reading left to right).</summary>
    public int ColumnOf(params string[] headerWords) =>
        Enumerable.Range(1, Cells(_headerFrom + 1).Length - 1).First(c => headerWords.All(w => HeaderOf(c).Contains(w, StringComparison.Ordinal)));

    public string Text(string rowLabel, params string[] headerWords) => Cells(LineOf(rowLabel))[ColumnOf(headerWords)].Trim();

    public double Value(string rowLabel, params string[] headerWords) =>
        double.Parse(Text(rowLabel, headerWords).Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    /// <summary>Every line of the corpus file that is a row of this table or of any other table starting with the same label and cells (a table printed twice).</summary>
    public IEnumerable<int> CopiesOf(int line) =>
        Enumerable.Range(1, _lines.Length).Where(n => Normalized(_lines[n - 1]) == Normalized(_lines[line - 1]));

    /// <summary>True when <paramref name="quote"/> is in lines <paramref name="from"/>..<paramref name="to"/>, white space aside.</summary>
    public bool Holds(int from, int to, string quote) => Squeeze(string.Join("\n", _lines[(from - 1)..to])).Contains(Squeeze(quote), StringComparison.Ordinal);

    private static string Normalized(string line) => Squeeze(line).Replace('‘', '\'').Replace('’', '\'');

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
