using System.Text.RegularExpressions;
using Knowledge.Documents;
using Knowledge.Language;
using Knowledge.Tables;

namespace Answering.Rules.Succession;

/// <summary>A reserve on the document's list: its rank, name, 시·도 and the table line that lists it.</summary>
public sealed record Reserve(int Rank, string Name, string Region, int Line, string Raw);

/// <summary>How many are already selected in one 시·도, and the lines that show it (a count row, or each selected row).</summary>
public sealed record GroupCount(string Region, int Count, IReadOnlyList<int> Lines, bool Counted);

/// <summary>
/// A succession rule with a cap per 시·도, as programme documents write it: "선정이 취소되면 예비 순위에 따라 승계하되, 승계로
/// 한 시·도의 선정 거점이 3곳을 넘게 되는 경우에는 다음 순위 예비 과제가 승계한다" or "예비 기업이 순위대로 그 자리를 이어받는다.
/// 이때 … 시·도에서 이미 8개사가 선정되어 있으면 그 기업을 건너뛴다". Read with the reserves (a table of 예비 N순위 rows) and
/// the selected per 시·도 (a count table, or the selected rows of the results table counted by their 시·도 column).
/// </summary>
public sealed partial record SuccessionRule(Passage Passage, int Cap, string Counter, IReadOnlyList<Reserve> Reserves, IReadOnlyDictionary<string, GroupCount> Selected,
    IReadOnlyList<(string Name, string Region, int Line)> SelectedNames)
{
    [GeneratedRegex(@"승계|이어\s?받|물려\s?받")]
    private static partial Regex SucceedWord();

    /// <summary>Whether a text speaks of succeeding to a place (승계, 이어받다, 물려받다).</summary>
    public static bool NamesSuccession(string text) => SucceedWord().IsMatch(text);

    [GeneratedRegex(@"(?<n>\d+)\s*(?<c>곳|개사|개소|개|건|팀|명|기관|과제)(?:을|를|이|가)?\s*(?:넘|초과)|이미\s*(?<n>\d+)\s*(?<c>곳|개사|개소|개|건|팀|명|기관|과제)")]
    private static partial Regex CapWords();

    [GeneratedRegex(@"시\s?·\s?도|시도|광역|지역")]
    private static partial Regex RegionGroupWord();

    [GeneratedRegex(@"(?<n>\d+)\s*순위")]
    private static partial Regex RankWord();

    [GeneratedRegex(@"^\s*(?:조건부\s*)?(?:최종\s*)?선정\s*$")]
    private static partial Regex SelectedStatus();

    public static SuccessionRule? Read(DocumentKnowledge document)
    {
        foreach (var passage in document.Passages)
        {
            var text = passage.Text;
            if (!SucceedWord().IsMatch(text) || !text.Contains("순위", StringComparison.Ordinal) || !RegionGroupWord().IsMatch(text)
                || CapWords().Match(text) is not { Success: true } cap)
            {
                continue;
            }
            var reserves = ReadReserves(document);
            if (reserves.Count < 2)
            {
                continue;
            }
            var names = SelectedRows(document);
            var selected = CountTable(document) ?? names.GroupBy(n => n.Region)
                .ToDictionary(g => g.Key, g => new GroupCount(g.Key, g.Count(), [.. g.Select(n => n.Line)], Counted: true));
            if (selected.Count == 0)
            {
                continue;
            }
            return new SuccessionRule(passage, int.Parse(cap.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture), cap.Groups["c"].Value, reserves, selected, names);
        }
        return null;
    }

    /// <summary>How many are selected in a 시·도 (none when the document lists none there).</summary>
    public int CountIn(string region) => Selected.TryGetValue(region, out var count) ? count.Count : 0;

    /// <summary>Rows ranked as reserves (예비 1순위, 예비(2순위), or N순위 in a table titled 예비 …), in rank order.</summary>
    private static List<Reserve> ReadReserves(DocumentKnowledge document)
    {
        var reserves = new List<Reserve>();
        foreach (var table in document.Tables)
        {
            foreach (var row in table.Rows.Where(r => !r.IsTotal))
            {
                var cells = row.Raw.Split('\t').Select(c => c.Trim()).ToList();
                var rankCell = cells.FirstOrDefault(c => RankWord().IsMatch(c) && (c.Contains("예비", StringComparison.Ordinal) || table.Title.Contains("예비", StringComparison.Ordinal)));
                if (rankCell is null || RegionOf(cells) is not { } region || NameOf(cells) is not { } name)
                {
                    continue;
                }
                var rank = int.Parse(RankWord().Match(rankCell).Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
                reserves.Add(new Reserve(rank, name, region, row.Line, row.Raw.Trim()));
            }
        }
        return [.. reserves.DistinctBy(r => r.Rank).OrderBy(r => r.Rank)];
    }

    /// <summary>Rows whose result column says 선정 (조건부 선정 too), each with its 시·도.</summary>
    private static List<(string Name, string Region, int Line)> SelectedRows(DocumentKnowledge document)
    {
        var rows = new List<(string, string, int)>();
        foreach (var table in document.Tables)
        {
            foreach (var row in table.Rows.Where(r => !r.IsTotal))
            {
                var cells = row.Raw.Split('\t').Select(c => c.Trim()).ToList();
                if (cells.Any(c => SelectedStatus().IsMatch(c)) && RegionOf(cells) is { } region && NameOf(cells) is { } name)
                {
                    rows.Add((name, region, row.Line));
                }
            }
        }
        return rows;
    }

    /// <summary>A table of 시·도 rows with a count of the selected (시·도 | 선정 기업 | …), when the document gives one.</summary>
    private static Dictionary<string, GroupCount>? CountTable(DocumentKnowledge document)
    {
        foreach (var table in document.Tables)
        {
            var column = table.Columns.FirstOrDefault(c => c.Kind == ColumnKind.Number && c.Label.Contains("선정", StringComparison.Ordinal));
            if (column is null)
            {
                continue;
            }
            var counts = new Dictionary<string, GroupCount>();
            foreach (var row in table.Rows.Where(r => !r.IsTotal))
            {
                if (Regions.Find(row.Name) is { } region && table.Cell(row, column).Value is double value)
                {
                    counts[region.Short] = new GroupCount(region.Short, (int)value, [row.Line], Counted: false);
                }
            }
            if (counts.Count >= 2)
            {
                return counts;
            }
        }
        return null;
    }

    private static string? RegionOf(IReadOnlyList<string> cells) => cells.Select(Regions.Find).FirstOrDefault(r => r is not null)?.Short;

    /// <summary>The name in a row: the first cell with letters that is no 시·도, rank, result, figure or category word (…형).</summary>
    private static string? NameOf(IReadOnlyList<string> cells) => cells.FirstOrDefault(c =>
        c.Length >= 2 && c.Any(ch => ch is >= '가' and <= '힣') && Regions.Find(c) is null && !RankWord().IsMatch(c)
        && !c.Contains("선정", StringComparison.Ordinal) && !c.EndsWith('형') && !c.Any(char.IsDigit));

    /// <summary>A name as the asker writes it: without 주식회사, (주) or ㈜.</summary>
    public static string Core(string name) => CompanyForm().Replace(name, "");

    [GeneratedRegex(@"\(주\)|㈜|주식회사|\(사\)|\(재\)|\s")]
    private static partial Regex CompanyForm();
}
