using Answering.Understanding;
using Corpus.Model;

namespace Answering.Knowledge;

/// <summary>Which regions the documents speak of: named anywhere in them.</summary>
public sealed class RegionCatalog
{
    public RegionCatalog(IEnumerable<ParsedDocument> documents)
    {
        var all = string.Join("\n", documents.SelectMany(d => d.Lines));
        Present = [.. RegionNames.All.Where(r => all.Contains(r.Short, StringComparison.Ordinal) || all.Contains(r.Full, StringComparison.Ordinal))];
    }

    public IReadOnlyList<RegionName> Present { get; }

    public IReadOnlyList<RegionName> Mentioned(string text) => [.. RegionNames.Find(text).Where(r => Present.Contains(r))];
}
