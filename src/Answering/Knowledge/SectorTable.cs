using Corpus.Model;

namespace Answering.Knowledge;

/// <summary>One region's row of a sector table: its path (대분류 › region › 중분류) and the cells per stage column.</summary>
public sealed record SectorEntry(string Region, string? Category, string Sector, DocumentTable Table, TableRow Row);

/// <summary>The tables whose rows are regions (참고 2's 육성 분야): lookups by region, reverse lookups by category or sector.</summary>
public sealed class SectorTable
{
    public SectorTable(IEnumerable<ParsedDocument> documents, RegionCatalog regions)
    {
        var entries = new List<SectorEntry>();
        foreach (var table in documents.SelectMany(d => d.Tables))
        {
            foreach (var row in table.Rows)
            {
                var at = row.Header.ToList().FindIndex(h => regions.Present.Any(r => h.TrimEnd('*') == r.Short || h.TrimEnd('*') == r.Full));
                if (at < 0 || row.Header.Count < 2)
                {
                    continue;
                }
                var region = row.Header[at].TrimEnd('*');
                var category = at > 0 ? row.Header[at - 1] : null;
                var sector = at + 1 < row.Header.Count ? row.Header[at + 1] : row.Header[at];
                entries.Add(new SectorEntry(region, category, sector, table, row));
            }
        }
        Entries = entries;
    }

    public IReadOnlyList<SectorEntry> Entries { get; }

    public IReadOnlyList<string> Categories => [.. Entries.Select(e => e.Category).OfType<string>().Distinct()];

    public SectorEntry? ForRegion(string region) => Entries.FirstOrDefault(e => e.Region == region);

    /// <summary>The cell of the column naming <paramref name="stage"/> ("2단계('21~'22)").</summary>
    public static TableCell? StageCell(SectorEntry entry, int stage) =>
        entry.Row.Cells.FirstOrDefault(c => c.ColumnPath[0].StartsWith($"{stage}단계", StringComparison.Ordinal));
}
