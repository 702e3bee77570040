using Answering.Understanding;
using Corpus.Model;

namespace Answering.Knowledge;

/// <summary>Which regions the documents speak of (named anywhere) and which have a row of their own in a table (the clusters).</summary>
public sealed class RegionCatalog
{
    public RegionCatalog(IEnumerable<ParsedDocument> documents)
    {
        var all = string.Join("\n", documents.SelectMany(d => d.Lines));
        Present = [.. RegionNames.All.Where(r => all.Contains(r.Short, StringComparison.Ordinal) || all.Contains(r.Full, StringComparison.Ordinal))];
        InTables = [.. RegionNames.All.Where(r => documents.SelectMany(d => d.Tables).SelectMany(t => t.Rows).Any(row => row.Header.Contains(r.Short) || row.Header.Contains(r.Full)))];
    }

    public IReadOnlyList<RegionName> Present { get; }

    /// <summary>Regions with a table row of their own, in the order the documents list them.</summary>
    public IReadOnlyList<RegionName> InTables { get; }

    public IReadOnlyList<RegionName> Mentioned(string text) => [.. RegionNames.Find(text).Where(r => Present.Contains(r))];
}
