using Indexing.Storage;
using Knowledge;

namespace BotHost.LiveCorpus;

/// <summary>
/// The persisted index, from configuration section <c>Corpus:Index</c>: where corpus folders keep their index (one
/// data folder per corpus folder under <see cref="Path"/>), how many documents a question is weighed against, and
/// how many documents' parse and knowledge stay in memory.
/// </summary>
public sealed class CorpusIndexOptions
{
    public const string Section = "Corpus:Index";

    /// <summary>Off: every start reads and parses the whole folder into memory, as before the index.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The root of the data folders; relative paths are resolved against the program's folder.</summary>
    public string Path { get; set; } = "data/index";

    /// <summary>The most documents one question is weighed against (a corpus this small is weighed whole).</summary>
    public int Candidates { get; set; } = KnowledgeBase.DefaultCandidates;

    /// <summary>How many documents' knowledge (passages, tables, rules) stays in memory; about 1.2 MB each once answered: 512 stay under 1 GB resident.</summary>
    public int CachedKnowledge { get; set; } = 512;

    /// <summary>How many documents' lines and parse stay in memory (citations' locations, /api/sources).</summary>
    public int CachedDocuments { get; set; } = 128;

    public string ResolveRoot() => System.IO.Path.IsPathRooted(Path) ? Path : System.IO.Path.Combine(AppContext.BaseDirectory, Path);

    /// <summary>The data folder of one corpus folder.</summary>
    public string DataFolder(string corpusFolder) => IndexLayout.ForCorpus(ResolveRoot(), corpusFolder);
}
