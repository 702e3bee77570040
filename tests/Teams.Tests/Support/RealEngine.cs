using Answering;
using Answering.Contract;

namespace Teams.Tests.Support;

/// <summary>The real engine over the repository's corpus (copied beside the tests), and facts read straight off that corpus to check it against.</summary>
public static class RealEngine
{
    public const string Document = "motie-2021-03-03-innovation-cluster.txt";

    private static readonly Lazy<AnswerEngine> Engine = new(() => AnswerEngine.FromFolder(CorpusFolder));

    public static string CorpusFolder => Path.Combine(AppContext.BaseDirectory, "corpus");

    public static IAnswerService AnswerService() => new EngineAnswerService(Engine.Value, TimeProvider.System);

    /// <summary>
    /// The R&amp;D row's subtotal of a phase (<c>1단계(A)</c>, <c>2단계(B)</c>) in the budget table: the header row
    /// names the phase, the row under it names the subtotal column within that phase.
    /// </summary>
    public static (double Value, int Line) RndSubtotal(string phase)
    {
        var lines = File.ReadAllLines(Path.Combine(CorpusFolder, Document));
        var header = Array.FindIndex(lines, line => line.Split('\t').Contains(phase));
        var phaseColumn = Array.IndexOf(lines[header].Split('\t'), phase);
        var subtotalColumn = Array.FindIndex(lines[header + 1].Split('\t'), phaseColumn, cell => cell == "소계");
        var row = Array.FindIndex(lines, header, line => line.StartsWith("R&D\t", StringComparison.Ordinal));
        var cell = lines[row].Split('\t')[subtotalColumn];
        return (double.Parse(cell.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture), row + 1);
    }
}
