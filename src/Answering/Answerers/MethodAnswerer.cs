using System.Text.RegularExpressions;
using Answering.Composing;
using Answering.Documents;
using Answering.Evidence;
using Answering.Understanding;
using Knowledge.Documents;

namespace Answering.Answerers;

/// <summary>
/// "배분액은 어떤 기준으로 산정됐나요?", "증감률은 어떻게 계산한 건가요?", "On what data are the figures based?": the
/// sentence that states how a figure is worked out or what it rests on (a formula, "…을 반영하여 산정", "통관 기준 잠정치"),
/// quoted — not a figure of the thing.
/// </summary>
public static partial class MethodAnswerer
{
    [GeneratedRegex(@"어떤\s?기준|무슨\s?기준|기준이\s?(?:뭐|무엇|어떻게)|무엇을\s?기준|뭘\s?기준|어떻게\s?(?:산정|계산|산출|정해|정하|정했|결정|배분|나누|나눠|매기|매겨|집계)|(?:산정|계산|산출|배분|집계)\s?(?:방식|방법|기준|식)|어떤\s?자료|무슨\s?자료|어느\s?자료")]
    private static partial Regex AsksMethod();

    [GeneratedRegex(@"on what (?:data|basis|figures)|based on what|what (?:is|are|was|were) .{0,40}based on|what (?:criteria|basis|formula)|how (?:is|are|was|were) .{0,60}(?:calculated|computed|determined|allocated|decided|set|worked out|counted)", RegexOptions.IgnoreCase)]
    private static partial Regex AsksMethodInEnglish();

    /// <summary>What a method sentence writes: a formula, what was reflected or followed, a basis of the figures.</summary>
    [GeneratedRegex(@"[=÷×]|반영하여|반영해|반영한|기준으로|기준이며|기준임|에\s?따라|근거하여|산정하|산정한|산출하|산출한|집계하|집계한|계산하|잠정치|확정치|가중치")]
    private static partial Regex StatesMethod();

    private const double MinCoverage = 0.45;

    public static bool Applies(Question question) =>
        !question.IsClaim && !question.IsEligibility && (AsksMethod().IsMatch(question.Text) || AsksMethodInEnglish().IsMatch(question.Original));

    public static AnswerDraft? Answer(DocumentMatch match)
    {
        var ranked = PassageSearch.Rank(match, p => StatesMethod().IsMatch(p.Text));
        // "증감률과 비중은 각각", "어떤 자료": each asked measure labelled in its own line ((증감률) …, (자료) …) is answered by that line.
        var asked = match.Question.Text;
        var labelled = match.Document.Passages
            .Where(p => p.LabelTerms.Any(t => t.Length >= 2 && StartsAWord(asked, t)) && StatesMethod().IsMatch(p.Text)).Take(3).ToList();
        var chosen = labelled.Count > 0 ? labelled
            : ranked.FirstOrDefault(r => r.Coverage >= MinCoverage) is { } best ? [best.Passage] : [];
        if (chosen.Count == 0)
        {
            return null;
        }
        var draft = new AnswerDraft(match.Question, "lookup");
        draft.Focus.Document = match.Document.Name;
        var quotes = chosen.OrderBy(p => p.Line).Select(p => $"“{Shown.Text(p.Text.TrimStart('□', '○', '-', '*', '◆', '■', ' '))}” {draft.Cite(p)}");
        draft.Say(draft.English
            ? $"The document explains how it is worked out: {string.Join(" ", quotes)}"
            : $"문서에는 산정 기준이 이렇게 나와 있습니다. {string.Join(" ", quotes)}");
        return draft;
    }

    /// <summary>The word begins a word of the question (자료 in "어떤 자료", not in "보도자료").</summary>
    private static bool StartsAWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || !char.IsLetterOrDigit(text[at - 1]))
            {
                return true;
            }
        }
        return false;
    }
}
