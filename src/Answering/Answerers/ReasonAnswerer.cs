using System.Text.RegularExpressions;
using Answering.Composing;
using Answering.Documents;
using Answering.Evidence;
using Answering.Understanding;
using Corpus.Model;
using Knowledge.Documents;

namespace Answering.Answerers;

/// <summary>
/// Answers why a figure is what it is (왜 줄었나, 늘어난 이유, why did … jump) from the sentence that states the figure
/// together with its cause (… 수요 둔화와 해외 현지 생산 확대로 △26.4%): a table gives the number, only the running
/// text gives the reason.
/// </summary>
public static partial class ReasonAnswerer
{
    /// <summary>How Korean running text ties a change to its cause: 확대로, 급증하며, 이어지면서, 힘입어, 따른, 때문, 인해, 효과로.</summary>
    [GeneratedRegex(@"[가-힣]로[,\s]|하며|되며|하면서|되면서|지면서|이어지면서|힘입어|에 따른|에 따라|때문|인해|인한|덕분|영향으로|효과로")]
    private static partial Regex CauseMark();

    /// <summary>Below this the passage shares too little of the question to be its reason (the why-word itself is never carried).</summary>
    private const double MinCoverage = 0.4;

    /// <summary>Terms within this of the rarest asked term are the subject too (반도체 and its part 도체).</summary>
    private const double SubjectSlack = 0.1;

    public static bool Applies(Question question) => question.Has(Asks.Why) && !question.IsClaim && !question.IsEligibility;

    public static AnswerDraft? Answer(DocumentMatch match)
    {
        var subject = SubjectTerms(match);
        if (subject.Count == 0)
        {
            return null;
        }
        // The sentence must be about the subject (반도체, 이차전지); among those, the one labelled with it ((반도체) …)
        // scores highest and gives its reason, not a summary that names the subject beside the headline figure.
        var best = PassageSearch.Rank(match, IsReasonedFigure)
            .Where(r => (r.Coverage >= MinCoverage || WritesQuoted(match.Question, r.Passage)) && (subject.All(t => r.Passage.Terms.Contains(t)) || WritesQuoted(match.Question, r.Passage)))
            .OrderByDescending(r => IsAbout(r.Passage, subject)).ThenByDescending(r => r.Score).FirstOrDefault();
        if (best is null)
        {
            return ReasonCell(match);
        }
        var draft = new AnswerDraft(match.Question, "lookup");
        draft.Focus.Document = match.Document.Name;
        var quote = Shown.Text(best.Passage.Text);
        draft.Say(draft.English
            ? $"The document gives the reason: “{quote}” {draft.Cite(best.Passage)}"
            : $"문서는 그 이유를 이렇게 설명합니다. “{quote}” {draft.Cite(best.Passage)}");
        foreach (var q in best.Passage.Quantities.Where(q => q.Unit != Corpus.Quantities.Units.None))
        {
            draft.Focus.Values.Add((q.Value, q.Unit, best.Passage.Unit.Label ?? ""));
        }
        return draft;
    }

    /// <summary>
    /// A table that gives each row its reason in a column of its own (사 유, 감액 사유): the named row's cell there.
    /// </summary>
    private static AnswerDraft? ReasonCell(DocumentMatch match)
    {
        var found = match.Document.Tables
            .SelectMany(t => t.Columns.Where(c => c.Kind == Knowledge.Tables.ColumnKind.Text && IsReasonHeader(c.Compact)).Select(c => (Table: t, Column: c)))
            .SelectMany(tc => tc.Table.Rows.Where(r => !r.IsTotal && RowNamed(match, r)).Select(r => (tc.Table, tc.Column, Row: r)))
            .OrderByDescending(f => f.Row.Compact.Length)
            .FirstOrDefault(f => f.Table.Cell(f.Row, f.Column).Text.Trim().Length > 0);
        if (found.Table is null)
        {
            return null;
        }
        var (table, column, row) = found;
        var draft = new AnswerDraft(match.Question, "lookup");
        draft.Focus.Document = match.Document.Name;
        draft.Focus.Entities.Add(row.Name);
        var reason = Shown.Text(table.Cell(row, column).Text);
        var cite = draft.Cite(match.Document, table, row, column);
        draft.Say(draft.English
            ? $"The document gives the reason for {row.Name}: “{reason}” {cite}."
            : $"문서에 적힌 {row.Name}의 사유는 “{reason}”입니다 {cite}.");
        return draft;
    }

    private static bool IsReasonHeader(string compact) => compact.EndsWith("사유", StringComparison.Ordinal) || compact.EndsWith("이유", StringComparison.Ordinal) || compact.EndsWith("원인", StringComparison.Ordinal);

    /// <summary>A row the question names: its name written whole, or nearly all of its words.</summary>
    private static bool RowNamed(DocumentMatch match, Knowledge.Tables.RowModel row)
    {
        var compact = Knowledge.Language.TextNormalizer.Compact(row.Name);
        if (compact.Length >= 3 && match.Question.Compact.Contains(compact, StringComparison.Ordinal))
        {
            return true;
        }
        var words = row.Terms.Where(t => t.Length >= 2).ToList();
        return words.Count >= 2 && words.Count(match.EvidenceTerms.Contains) * 4 >= words.Count * 3;
    }

    /// <summary>The words that ask why: never what the reason is about.</summary>
    private static readonly HashSet<string> WhyWords = ["이유", "까닭", "원인", "사유"];

    /// <summary>
    /// "7년에서 10년으로 바뀐 이유": a sentence that writes every amount the question quotes (7개년 … 10개년) is about the
    /// change asked, whatever words it uses for it.
    /// </summary>
    private static bool WritesQuoted(Question question, Passage passage)
    {
        var quoted = question.Quantities.Where(q => q.Unit != Corpus.Quantities.Units.None).ToList();
        return quoted.Count >= 2 && quoted.All(q => passage.Quantities.Any(p => p.Unit.SameFamily(q.Unit) && Math.Abs(p.In(q.Unit) - q.Value) < 1e-6));
    }

    /// <summary>What the reason is asked for: the rarest words the question asks about, not those naming the document.</summary>
    private static IReadOnlyList<string> SubjectTerms(DocumentMatch match)
    {
        var asked = match.EvidenceTerms.Where(t => !match.IsNaming(t) && !Coverage.IsOperationWord(t) && !WhyWords.Contains(t) && match.Weight(t) > 0).ToList();
        if (asked.Count == 0)
        {
            return [];
        }
        var rarest = asked.Max(match.Weight);
        return [.. asked.Where(t => match.Weight(t) >= rarest - SubjectSlack)];
    }

    /// <summary>
    /// Whether the sentence is about the subject — labelled with it ((반도체) …) or writing it as what the clause is about
    /// (컴퓨터는, 이차전지(△26.4%)는) — rather than naming it as the cause of something else (컴퓨터·반도체 수출 호조로).
    /// </summary>
    private static bool IsAbout(Passage passage, IReadOnlyList<string> subject) =>
        passage.Unit.Label is { } label && subject.Any(t => label.Contains(t, StringComparison.Ordinal))
        || subject.Any(t => Regex.IsMatch(passage.Text, Regex.Escape(t) + @"(?:\([^)]*\))?(?:은|는|이|가)\s"));

    /// <summary>A sentence of running text that writes a figure and ties something to a cause.</summary>
    private static bool IsReasonedFigure(Passage passage) =>
        passage.Kind is UnitKind.Bullet or UnitKind.Heading or UnitKind.Paragraph or UnitKind.Summary or UnitKind.CaseItem
        && passage.Quantities.Count > 0 && CauseMark().IsMatch(passage.Text);
}
