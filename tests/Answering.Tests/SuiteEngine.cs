using Answering.Contract;

namespace Answering.Tests;

/// <summary>One engine over the shipped corpus and the seven suite documents in one folder, as the gold sets are measured.</summary>
internal static class SuiteEngine
{
    public static string SuiteFolder => Path.Combine(AppContext.BaseDirectory, "suite");

    private static readonly Lazy<(AnswerEngine Engine, string Folder)> Built = new(() =>
    {
        var folder = Directory.CreateTempSubdirectory("suite-corpus-").FullName;
        foreach (var file in Directory.EnumerateFiles(TestEngine.CorpusFolder).Concat(Directory.EnumerateFiles(SuiteFolder, "*.txt")))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }
        return (AnswerEngine.FromFolder(folder), folder);
    });

    public static AnswerEngine Engine => Built.Value.Engine;

    public static string Folder => Built.Value.Folder;

    public static Answer Ask(string question, params string[] history) => Built.Value.Engine.Ask(new AnswerRequest { Question = question, History = history });

    /// <summary>A suite document's lines as stored, read without the engine.</summary>
    public static string[] Lines(string document) => File.ReadAllLines(Path.Combine(SuiteFolder, document));

    /// <summary>The tab-separated cells of the table rows of a document whose cells satisfy a condition.</summary>
    public static IEnumerable<string[]> Rows(string document, Func<string[], bool> where) =>
        Lines(document).Select(l => l.Split('\t')).Where(cells => cells.Length >= 4 && where(cells));
}
