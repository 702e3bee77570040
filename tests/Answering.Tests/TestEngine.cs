using Answering.Contract;

namespace Answering.Tests;

internal static class TestEngine
{
    public static string CorpusFolder => Path.Combine(AppContext.BaseDirectory, "corpus");

    public static AnswerEngine Shared { get; } = AnswerEngine.FromFolder(CorpusFolder);

    public static Answer Ask(string question, params string[] history) => Shared.Ask(new AnswerRequest { Question = question, History = history });
}
