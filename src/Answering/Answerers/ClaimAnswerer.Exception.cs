using System.Text.RegularExpressions;
using Answering.Documents;
using Answering.Evidence;
using Knowledge.Documents;
using Knowledge.Language;

namespace Answering.Answerers;

/// <summary>
/// A rule the claim restates may be followed by its exception ("… 자부담 비율을 5%p 낮춰 줍니다." then "단, 글로벌형은 경감
/// 대상이 아닙니다."): when the exception names what the claim is about, the rule does not hold for it, however well the
/// rule's own sentence matches the claim.
/// </summary>
public static partial class ClaimAnswerer
{
    /// <summary>How many lines after the rule its exception may stand (the rule's own dash items).</summary>
    private const int ExceptionReach = 4;

    /// <summary>
    /// The passage that excepts from <paramref name="rule"/> something the claim names and the rule does not (단, 글로벌형은
    /// … 아닙니다): the rule's own text after it, or a line just below it before the next question or heading.
    /// </summary>
    private static Passage? ExceptionTo(DocumentMatch match, Passage rule)
    {
        var named = ClaimNames(match).Where(t => !rule.Text.Contains(t, StringComparison.Ordinal) || ExceptsWithin(rule.Text, t)).ToList();
        if (named.Count == 0)
        {
            return null;
        }
        if (named.Any(t => ExceptsWithin(rule.Text, t)))
        {
            return rule;
        }
        var passages = match.Document.Passages;
        var at = IndexOf(passages, rule);
        for (var i = at + 1; at >= 0 && i < passages.Count && passages[i].Line <= rule.Unit.ToLine + ExceptionReach; i++)
        {
            var next = passages[i];
            if (next.Kind is Corpus.Model.UnitKind.Heading or Corpus.Model.UnitKind.Title || NewQuestion().IsMatch(next.Text) || FaqLines.Question().IsMatch(next.Text))
            {
                break;
            }
            if (named.Any(t => ExceptsWithin(next.Text, t)))
            {
                return next;
            }
        }
        return null;
    }

    /// <summary>Whether the text writes an exception (단, / 다만,) that names the word and denies or excludes it.</summary>
    private static bool ExceptsWithin(string text, string word)
    {
        foreach (Match proviso in Proviso().Matches(text))
        {
            var clause = text[proviso.Index..];
            var end = clause.IndexOfAny(['.', '\n']);
            clause = end > 0 ? clause[..end] : clause;
            if (clause.Contains(word, StringComparison.Ordinal) && Excludes().IsMatch(clause))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The claim's own words that say what it is about (글로벌형 → 글로벌): not the document's name, not amounts.</summary>
    private static IEnumerable<string> ClaimNames(DocumentMatch match) =>
        match.EvidenceTerms.Where(t => t.Length >= 2 && t.All(c => c is >= '가' and <= '힣') && !match.IsNaming(t) && !Evidence.Coverage.IsOperationWord(t)
            && !Lexicon.IsQuestionWord(t) && match.Document.Vocabulary.Contains(t));

    /// <summary>Refutes the claim with the rule it restates and the exception that leaves its subject out.</summary>
    private static void SayExcepted(Composing.AnswerDraft draft, Passage rule, Passage exception)
    {
        var marker = draft.Cite(rule);
        var excepted = exception == rule ? marker : draft.Cite(exception);
        var quote = Composing.Shown.Row(Composing.Shown.Text(rule.Text));
        var exceptionQuote = Composing.Shown.Row(Composing.Shown.Text(exception.Text));
        draft.Verdict = Contract.Verdicts.Refuted;
        draft.Say(draft.English
            ? $"No — the rule is “{quote}” {marker}, but the document makes an exception: “{exceptionQuote}” {excepted}"
            : $"사실과 다릅니다. 문서에 “{quote}”{marker}라고 되어 있지만, 예외가 있습니다. “{exceptionQuote}” {excepted}");
    }

    private static int IndexOf(IReadOnlyList<Passage> passages, Passage passage)
    {
        for (var i = 0; i < passages.Count; i++)
        {
            if (ReferenceEquals(passages[i], passage))
            {
                return i;
            }
        }
        return -1;
    }

    [GeneratedRegex(@"(?:^|[\s.,])(?:단|다만)\s?[,，]")]
    private static partial Regex Proviso();

    [GeneratedRegex(@"아닙니다|아니다|아님|제외|않|없|불가|안 됩니다|안됩니다")]
    private static partial Regex Excludes();

    [GeneratedRegex(@"^\s*문\s?\d+\s?[).]")]
    private static partial Regex NewQuestion();
}
