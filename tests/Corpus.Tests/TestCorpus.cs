namespace Corpus.Tests;

internal static class TestCorpus
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "corpus");

    public static CorpusLibrary Library { get; } = CorpusLibrary.Load(Folder);
}
