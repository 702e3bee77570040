namespace Indexing.Tests;

/// <summary>A temporary corpus folder and data folder, filled from the documents copied beside the tests, removed afterwards.</summary>
internal sealed class TestCorpus : IDisposable
{
    public static string Suite => Path.Combine(AppContext.BaseDirectory, "suite");
    public static string Shipped => Path.Combine(AppContext.BaseDirectory, "corpus");

    public string Folder { get; } = Directory.CreateTempSubdirectory("index-corpus-").FullName;
    public string Data { get; } = Directory.CreateTempSubdirectory("index-data-").FullName;

    /// <summary>The repository's eight text documents: corpus/ and the suite.</summary>
    public static TestCorpus WithAllDocuments()
    {
        var corpus = new TestCorpus();
        foreach (var file in Directory.EnumerateFiles(Shipped, "*.txt").Concat(Directory.EnumerateFiles(Suite, "*.txt")))
        {
            corpus.Add(file);
        }
        return corpus;
    }

    public string Add(string source, string? name = null)
    {
        var target = Path.Combine(Folder, name ?? Path.GetFileName(source));
        File.Copy(source, target, overwrite: true);
        return target;
    }

    public string PathOf(string name) => Path.Combine(Folder, name);

    public void Dispose()
    {
        Directory.Delete(Folder, recursive: true);
        Directory.Delete(Data, recursive: true);
    }
}
