namespace Indexing.Storage;

/// <summary>
/// Where a corpus's persisted index lives: <c>lucene/</c> (the Lucene index, one entry per corpus file) and
/// <c>documents/</c> (each parsed document, compact, named by a hash of its content and of the code that read it).
/// </summary>
public sealed class IndexLayout(string folder)
{
    public string Folder { get; } = Path.GetFullPath(folder);

    public string Lucene => Path.Combine(Folder, "lucene");

    public string Documents => Path.Combine(Folder, "documents");

    public string DocumentFile(string key) => Path.Combine(Documents, key + DocumentCodec.Extension);

    /// <summary>
    /// The data folder of one corpus folder under a root (<c>data/index</c>): named after the corpus folder and a
    /// hash of its full path, so commands pointed at different corpora (<c>--corpus DIR</c>) keep separate indexes.
    /// </summary>
    public static string ForCorpus(string root, string corpusFolder)
    {
        var full = Path.GetFullPath(corpusFolder).TrimEnd(Path.DirectorySeparatorChar);
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(full)))[..10];
        return Path.Combine(Path.GetFullPath(root), $"{Path.GetFileName(full)}-{hash}");
    }
}
