using Corpus.Model;
using Corpus.Parsing;

namespace Corpus;

/// <summary>Every <c>.txt</c> document under the corpus folder, kept as the lines on disk (citations count them) and parsed into units and tables.</summary>
public sealed class CorpusLibrary
{
    private readonly Dictionary<string, SourceDocument> _byName;

    private CorpusLibrary(IReadOnlyList<SourceDocument> documents)
    {
        Documents = documents;
        _byName = documents.ToDictionary(d => d.Name, StringComparer.Ordinal);
        Parsed = documents.Select(d => DocumentParser.Parse(d.Name, d.Lines)).ToList();
    }

    public IReadOnlyList<SourceDocument> Documents { get; }

    /// <summary>The same documents as units and tables, in the same order.</summary>
    public IReadOnlyList<ParsedDocument> Parsed { get; }

    public static CorpusLibrary Load(string folder)
    {
        var documents = Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(SourceDocument.Read)
            .ToList();
        return new CorpusLibrary(documents);
    }

    public SourceDocument? Find(string name) => _byName.GetValueOrDefault(name);

    public ParsedDocument? FindParsed(string name) => Parsed.FirstOrDefault(p => p.Name == name);
}

/// <summary>One corpus file; line n (1-based) is <c>Lines[n - 1]</c>, split on LF as on disk.</summary>
public sealed record SourceDocument(string Name, string Path, IReadOnlyList<string> Lines)
{
    public static SourceDocument Read(string path)
    {
        var text = File.ReadAllText(path);
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        return new SourceDocument(System.IO.Path.GetFileName(path), path, lines);
    }
}
