namespace Corpus.Readers;

/// <summary>Reads one file format into line-addressed text with a location label per line.</summary>
public interface IDocumentReader
{
    /// <summary>The format's name as <see cref="SourceDocument.Format"/> gives it.</summary>
    string Format { get; }

    /// <summary>Reads the file; throws <see cref="UnreadableDocumentException"/> when it cannot, with the reason.</summary>
    SourceDocument Read(string path);
}

/// <summary>A file that a reader cannot take, with the reason to give the person who put it there.</summary>
public sealed class UnreadableDocumentException(string reason, Exception? inner = null) : Exception(reason, inner)
{
    public string Reason { get; } = reason;
}
