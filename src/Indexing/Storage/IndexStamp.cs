using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Corpus.Parsing;
using Knowledge.Index;

namespace Indexing.Storage;

/// <summary>
/// Which code wrote an index: the format version and the builds of the readers, parser and term analysis. A program
/// whose reading or analysis changed rebuilds the index rather than answer from documents read the old way.
/// </summary>
public static class IndexStamp
{
    /// <summary>Raised when what is persisted changes shape.</summary>
    private const int FormatVersion = 2;

    public static string Current { get; } = Compute();

    private static string Compute()
    {
        Assembly[] readers = [typeof(DocumentParser).Assembly, typeof(DocumentTerms).Assembly, typeof(KoreanAnalysis.KoreanTokenizer).Assembly, typeof(IndexStamp).Assembly];
        var text = $"{FormatVersion}|{string.Join("|", readers.Select(a => a.ManifestModule.ModuleVersionId))}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }
}
