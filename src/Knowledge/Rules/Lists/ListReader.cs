using System.Text.RegularExpressions;
using Corpus.Model;
using Knowledge.Documents;
using Knowledge.Language;

namespace Knowledge.Rules.Lists;

/// <summary>
/// Reads the lists a document gives: a note listing what a starred word above it covers (혁신거점* → * 혁신도시, 산업단지 … 등),
/// a definition list (거점시설 : A, B, C 등), a bracketed list (산업단지(국가·일반·도시첨단·농공단지)), and a table cell listing
/// kinds (• …원형, 벨트형 등으로). A list under an example, plan or draft is tentative.
/// </summary>
public static partial class ListReader
{
    [GeneratedRegex(@"^[\s*※•·○-]*(?<head>[^:：,]{2,20}?)\s*[:：]\s*(?<list>.+)$")]
    private static partial Regex Definition();

    [GeneratedRegex(@"(?<head>[가-힣A-Za-z&]{2,12})\*")]
    private static partial Regex Starred();

    [GeneratedRegex(@"(?<head>[가-힣A-Za-z]{2,12})\((?<list>[^()]{3,60}[·,][^()]{1,60})\)")]
    private static partial Regex Bracketed();

    /// <summary>What a list of trades (제조업, 도·소매업, 운수·창고업을 영위하는 기업) is a list of.</summary>
    public const string IndustryHead = "업종";

    [GeneratedRegex(@"(?<list>[가-힣·]{1,8}업(?:\s*(?:,|및|또는)\s*[가-힣·]{1,8}업)+)\s*(?:등\s*)?(?:을|를|에|의)?\s*(?:영위|경영|운영|주업|주된|종사)")]
    private static partial Regex IndustryRun();

    [GeneratedRegex(@"\s*(?:,|및|또는)\s*")]
    private static partial Regex IndustrySeparator();

    [GeneratedRegex(@"^[^.]{0,40}?(?:제외|없습니다|없다|없으며|불가|않)")]
    private static partial Regex ExcludingWords();

    [GeneratedRegex(@"예시|\(안\)|검토|잠정|미정")]
    private static partial Regex TentativeWords();

    [GeneratedRegex(@"\s?(?:등|등등|외)\s?(?:으로|으로서|이|을|의|에서|에)?\s?[가-힣\s]*$")]
    private static partial Regex OpenEnd();

    public static IEnumerable<ItemList> Read(DocumentKnowledge document)
    {
        var units = document.Document.Units;
        foreach (var passage in document.Passages)
        {
            var unit = passage.Unit;
            var text = passage.Text;
            var context = Context(document, passage);
            if (unit.Kind == UnitKind.Note && unit.Table is null)
            {
                // A note under a starred word lists what it covers.
                var above = units.Take(unit.Index).Reverse().Take(4).FirstOrDefault(u => Starred().IsMatch(u.Text));
                if (above is not null && Items(text.TrimStart('*', '※', ' ')) is { Count: >= 3 } items && !Definition().IsMatch(text))
                {
                    var head = Starred().Matches(above.Text).Last().Groups["head"].Value;
                    yield return new ItemList(passage, head, items, IsOpen(text), TentativeWords().IsMatch(context)) { HeadPassage = document.Passages[above.Index] };
                    continue;
                }
            }
            if (Definition().Match(text) is { Success: true } definition && Items(definition.Groups["list"].Value) is { Count: >= 2 } listed)
            {
                yield return new ItemList(passage, definition.Groups["head"].Value.Trim(), listed, IsOpen(definition.Groups["list"].Value), TentativeWords().IsMatch(context));
            }
            foreach (Match m in Bracketed().Matches(text))
            {
                var items = m.Groups["list"].Value.Split(['·', ','], StringSplitOptions.RemoveEmptyEntries).Select(i => i.Trim()).Where(i => i.Length > 0).ToList();
                if (items.Count >= 2 && items.All(i => i.Length <= 12))
                {
                    yield return new ItemList(passage, m.Groups["head"].Value, items, IsOpen(m.Groups["list"].Value), TentativeWords().IsMatch(context));
                }
            }
            foreach (Match m in IndustryRun().Matches(text))
            {
                var items = IndustrySeparator().Split(m.Groups["list"].Value).Select(i => i.Trim()).Where(i => i.Length > 0).ToList();
                yield return new ItemList(passage, IndustryHead, items, IsOpen(m.Value), TentativeWords().IsMatch(context))
                {
                    Excludes = ExcludingWords().IsMatch(text[(m.Index + m.Length)..]),
                };
            }
            if (unit.Table is not null && unit.Column is not null && Items(text) is { Count: >= 2 } cell && text.Contains(',', StringComparison.Ordinal))
            {
                yield return new ItemList(passage, string.Join(" ", passage.HeadingTerms.Take(6)), cell, IsOpen(text), TentativeWords().IsMatch(context));
            }
        }
    }

    /// <summary>The items of a comma-separated list, the last one cut at 등.</summary>
    public static List<string> Items(string text)
    {
        var parts = Regex.Split(text, @",\s*").Select(p => p.Trim(' ', '•', '*', '.')).Where(p => p.Length > 0).ToList();
        if (parts.Count < 2)
        {
            return [];
        }
        parts[^1] = OpenEnd().Replace(parts[^1], "").Trim();
        // A list's items are short names, not clauses.
        return parts.All(p => p.Length is > 0 and <= 20) ? parts : [.. parts.Where(p => p.Length is > 0 and <= 20 && p.Split(' ').Length <= 3)];
    }

    private static bool IsOpen(string text) => Regex.IsMatch(text, @"(?:^|\s|[가-힣A-Za-z])(?:등|등등|외)(?:\s|$|으로|을|이|의|에|\)|\.)");

    /// <summary>What a passage stands under: its headings, its table's title and column, its own label.</summary>
    private static string Context(DocumentKnowledge document, Passage passage)
    {
        var unit = passage.Unit;
        var parts = new List<string> { unit.Label ?? "" };
        parts.AddRange(document.Document.Ancestors(unit).Take(3).Select(a => a.Label ?? (a.Text.Length > 40 ? a.Text[..40] : a.Text)));
        if (unit.Table is int t && t < document.Tables.Count)
        {
            var table = document.Tables[t];
            parts.Add(table.Title);
            if (unit.Column is int c && c < table.Columns.Count)
            {
                parts.Add(table.Columns[c].Label);
            }
        }
        return TextNormalizer.Normalize(string.Join(" ", parts));
    }
}
