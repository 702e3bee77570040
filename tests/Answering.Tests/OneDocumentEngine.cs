using Answering.Contract;

namespace Answering.Tests;

/// <summary>An engine over one invented document of TestDocuments alone, read from a folder of its own the way the bot reads corpus/.</summary>
internal sealed class OneDocumentEngine : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("one-document-");
    private readonly AnswerEngine _engine;

    public OneDocumentEngine(string name)
    {
        Name = name;
        File.Copy(PathOf(name), Path.Combine(_folder.FullName, name));
        _engine = AnswerEngine.FromFolder(_folder.FullName);
    }

    public string Name { get; }

    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "TestDocuments", name);

    public string[] Lines => File.ReadAllLines(PathOf(Name));

    public Answer Ask(string question, params string[] history) => _engine.Ask(new AnswerRequest { Question = question, History = history });

    /// <summary>A claim checked as the fact-check mode does.</summary>
    public Answer Claim(string claim) => _engine.Ask(new AnswerRequest { Question = claim, Mode = AnswerModes.FactCheck });

    public void Dispose() => _folder.Delete(recursive: true);
}
