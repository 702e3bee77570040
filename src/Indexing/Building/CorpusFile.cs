using Corpus.Readers;

namespace Indexing.Building;

/// <summary>A file of the corpus folder as the index keys it: path under the folder ('/'-separated), name, size, write time.</summary>
internal sealed record CorpusFile(string Path, string FullPath, string Name, long Size, long Modified)
{
    /// <summary>Every corpus file under the folder in corpus order; a file that vanishes while listed is left out.</summary>
    public static List<CorpusFile> List(string folder)
    {
        var root = System.IO.Path.GetFullPath(folder);
        var files = new List<CorpusFile>();
        foreach (var path in DocumentReaders.CorpusFiles(root))
        {
            try
            {
                var info = new FileInfo(path);
                var relative = System.IO.Path.GetRelativePath(root, path).Replace(System.IO.Path.DirectorySeparatorChar, '/');
                files.Add(new CorpusFile(relative, path, info.Name, info.Length, info.LastWriteTimeUtc.Ticks));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Gone or unreadable between listing and looking: the next update sees it as it then is.
            }
        }
        return files;
    }
}
