namespace Corpus.Readers;

/// <summary>Text and Markdown files, byte for byte: the lines on disk (split on LF), so citations count them as an editor does.</summary>
public sealed class TextDocumentReader(string format) : IDocumentReader
{
    public string Format { get; } = format;

    public SourceDocument Read(string path) => ReadFile(path) with { Format = Format };

    public static SourceDocument ReadFile(string path)
    {
        var text = TextDecoding.Decode(File.ReadAllBytes(path)) ?? throw new UnreadableDocumentException(SkipReasons.NotText);
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var format = System.IO.Path.GetExtension(path).TrimStart('.').ToLowerInvariant();
        return new SourceDocument(System.IO.Path.GetFileName(path), path, lines) { Format = format is "md" ? "md" : "txt" };
    }
}
