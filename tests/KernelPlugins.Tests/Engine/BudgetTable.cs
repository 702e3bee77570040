using System.Globalization;

namespace KernelPlugins.Tests.Engine;

/// <summary>
/// The press release's budget table read straight from the test corpus, so expected values follow the
/// corpus: a row's cells by the column's position under the "소계" (subtotal) headers.
/// </summary>
public sealed class BudgetTable
{
    private readonly string[] _lines;
    private readonly int _subHeader;

    public BudgetTable(string corpusFile)
    {
        _lines = File.ReadAllLines(corpusFile);
        _subHeader = Array.FindIndex(_lines, line => line.Split('\t').Count(cell => cell.Trim() == "소계") == 2);
    }

    public static BudgetTable FromTestCorpus() =>
        new(Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "corpus"), "*.txt").Single());

    public IReadOnlyList<string> Lines => _lines;

    /// <summary>The row's subtotal for phase 1 (<paramref name="phase"/> = 1) or phase 2 (2), in 억원.</summary>
    public double Subtotal(string row, int phase)
    {
        var subtotalColumns = _lines[_subHeader].Split('\t').Select((cell, i) => (cell.Trim(), i)).Where(c => c.Item1 == "소계").Select(c => c.i).ToList();
        var cells = _lines.Skip(_subHeader + 1).First(line => line.Split('\t')[0] == row).Split('\t');
        return double.Parse(cells[subtotalColumns[phase - 1]].Replace(",", ""), CultureInfo.InvariantCulture);
    }

    /// <summary>True when <paramref name="quote"/> is in the 1-based lines <paramref name="from"/>..<paramref name="to"/>, white space aside.</summary>
    public bool Holds(int from, int to, string quote)
    {
        static string Squeeze(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));
        return Squeeze(string.Join("\n", _lines[(from - 1)..to])).Contains(Squeeze(quote), StringComparison.Ordinal);
    }
}
