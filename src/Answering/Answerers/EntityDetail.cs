using System.Text.RegularExpressions;
using Answering.Composing;
using Answering.Documents;
using Answering.Understanding;
using Knowledge.Documents;
using Knowledge.Language;

namespace Answering.Answerers;

/// <summary>
/// A list answer names its subjects from a table row (조건부 선정: (주)가, (주)나; 우수 지자체: 경상남도);
/// when the question also asks why or what about them (뭘 보완해야, and why?), the sentence or note of running text that
/// writes those same subjects says it, and is quoted beside the list.
/// </summary>
public static partial class EntityDetail
{
    [GeneratedRegex(@"(?:\(주\)|㈜)\s*([가-힣A-Za-z]{2,})|([가-힣A-Za-z]{2,})\s*(?:\(주\)|㈜)(?!\s*[가-힣A-Za-z])")]
    private static partial Regex CompanyName();

    /// <summary>Words that each ask one thing: "어디고 뭘 보완해야" asks two.</summary>
    [GeneratedRegex(@"어디|어느|무엇|뭘|뭐|뭔|무슨|어떤|어떻게|왜|이유|\bwhich\b|\bwhat\b|\bwhy\b|\bhow\b", RegexOptions.IgnoreCase)]
    private static partial Regex AskWord();

    private const int MaxPassages = 2;

    /// <summary>A second passage is quoted when it carries at least this share of the question's words the first carries.</summary>
    private const double CarriedShare = 0.5;

    /// <summary>Adds the running-text passage about the answer's subjects, when the question asks more than which they are.</summary>
    public static AnswerDraft Extend(DocumentMatch match, AnswerDraft draft)
    {
        var question = match.Question;
        if (draft.Kind != "lookup" || !question.Has(Asks.Why) && AskWord().Matches(question.Text).Count < 2)
        {
            return draft;
        }
        var names = Subjects(match, draft);
        if (names.Count == 0)
        {
            return draft;
        }
        var cited = draft.Citations.Select(c => c.Lines.From).ToHashSet();
        var found = match.Document.Passages
            .Where(p => p.Unit.Table is null && !cited.Contains(p.Line) && p.Text.Length >= 10)
            .Select(p => (Passage: p, Named: names.Count(n => p.Compact.Contains(n, StringComparison.Ordinal)), Carried: match.EvidenceTerms.Where(p.Terms.Contains).Sum(match.Weight)))
            .Where(p => p.Named * 2 >= names.Count && p.Named > 0 && p.Carried > 0)
            .OrderByDescending(p => p.Named).ThenByDescending(p => p.Carried).ToList();
        if (found.Count == 0)
        {
            return draft;
        }
        // A sentence and a note may each say part of it (조건부로 선정되었다; 보완 요구사항 : …): both are quoted.
        var chosen = found.Where(p => p.Named == found[0].Named && p.Carried >= found[0].Carried * CarriedShare).Take(MaxPassages).Select(p => p.Passage).OrderBy(p => p.Line);
        var quotes = string.Join(" ", chosen.Select(p => $"“{Shown.Text(p.Text)}” {draft.Cite(p)}"));
        draft.Say(draft.English ? $"The document adds: {quotes}" : $"이에 대해 문서에는 이렇게 나와 있습니다. {quotes}");
        return draft;
    }

    /// <summary>The subjects the answer names, compact: companies and 시·도 of the table rows it cites.</summary>
    private static IReadOnlyList<string> Subjects(DocumentMatch match, AnswerDraft draft)
    {
        var names = new List<string>();
        foreach (var citation in draft.Citations.Where(c => c.Table is not null || c.Quote.Contains('\t')))
        {
            foreach (Match m in CompanyName().Matches(citation.Quote))
            {
                names.Add(TextNormalizer.Compact(m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value));
            }
            foreach (var cell in citation.Quote.Split('\t').Select(c => c.Trim()))
            {
                // A cell that is a 시·도 by its whole name (경상남도), not a region word inside a longer text.
                if (Regions.In(cell) is [var only] && only.Start == 0 && only.Length == cell.Length)
                {
                    names.Add(TextNormalizer.Compact(cell));
                }
            }
        }
        // Names the question itself writes are how it selects rows, not what it asks about them.
        return [.. names.Distinct().Where(n => n.Length >= 2 && !match.Question.Compact.Contains(n, StringComparison.Ordinal))];
    }
}
