using System.Runtime.CompilerServices;
using Answering.Documents;
using Knowledge.Documents;
using Knowledge.Language;
using Knowledge.Tables;

namespace Answering.Evidence;

/// <summary>
/// A word the question names that the document uses to tell its rows or columns apart (수입 beside 수출, R&amp;D beside
/// 합계, 지방비 beside 국비), carried by none of the evidence found: the figure found is of another subject, and the
/// document does not state the one asked. (A word the document never uses is no such sign: askers paraphrase.)
/// </summary>
public static partial class CategoryMismatch
{
    [System.Text.RegularExpressions.GeneratedRegex(@"\([^)]*\)")]
    private static partial System.Text.RegularExpressions.Regex Parenthesised();

    private static readonly ConditionalWeakTable<DocumentKnowledge, HashSet<string>> CategoryCache = [];

    public static string? Find(DocumentMatch match, IReadOnlyList<FoundEvidence> evidence)
    {
        var categories = Categories(match.Document);
        foreach (var (term, _) in Coverage.Salient(match))
        {
            if (term.Length < 2 || match.IsNaming(term) || !categories.Contains(term) || match.Weight(term) <= 0)
            {
                continue;
            }
            if (evidence.All(e => !Carries(e, term)))
            {
                return term;
            }
        }
        return null;
    }

    /// <summary>Whether the evidence carries the term, or its table has a row or column of that name (a choice among its cells, not another subject).</summary>
    private static bool Carries(FoundEvidence evidence, string term)
    {
        var carried = evidence.Table?.Carried ?? evidence.Figure!.Carried;
        if (carried.Credit(term) >= 0.5)
        {
            return true;
        }
        return evidence.Table is { Table: var table } && (table.TitleTermSet.Contains(term) || table.ContextTermSet.Contains(term) || Names(table, term));
    }

    private static bool Names(TableModel table, string term) =>
        table.Rows.Any(r => r.Terms.Contains(term)) || table.Columns.Any(c => c.Terms.Contains(term));

    /// <summary>
    /// Words that are a row's or a column's whole name (수입, 지방비, R&amp;D): values a table sets side by side. Version
    /// words (현행, 개정안) are left out: a table without them speaks of the version in force.
    /// </summary>
    private static HashSet<string> Categories(DocumentKnowledge document) =>
        CategoryCache.GetValue(document, d => [.. d.Tables.Where(t => !t.IsContactTable && !t.Table.IsBlock)
            .SelectMany(t => t.Rows.Select(r => r.Name).Concat(t.Columns.Select(c => c.Path.Count > 0 ? c.Path[^1] : c.Label)))
            .Select(name => TermAnalyzer.Terms(Parenthesised().Replace(name, " ")).Select(Lexicon.Canonical).ToList())
            .Where(terms => terms.Count is > 0 and <= 3 && Computing.Compute.Stance(string.Concat(terms)) is null)
            .Select(terms => terms.OrderByDescending(t => t.Length).First())]);
}
