using System.Text.RegularExpressions;
using Answering.Composing;
using Answering.Documents;
using Answering.Evidence;

namespace Answering.Answerers;

/// <summary>
/// Answers from the passages that carry the question's words, quoted exactly, when nothing more specific applies: a
/// line that announces a list (아래 업종을 …, 다음과 같습니다) with the items listed under it, and for a question asking
/// the steps of a process (어떤 단계를 거쳐요) the line that writes them as a chain (신청 → 서류 검토 → …).
/// </summary>
public static partial class PassageAnswerer
{
    /// <summary>"아래 업종을 …", "다음과 같습니다", a line ending in a colon: what it says is listed under it.</summary>
    [GeneratedRegex(@"아래|다음과\s?같|다음의|다음에\s?해당|[:：]\s*$")]
    private static partial Regex AnnouncesList();

    /// <summary>"어떤 단계를 거쳐요", "절차가 어떻게 돼요", "순서는": the steps of a process are asked.</summary>
    [GeneratedRegex(@"단계|절차|순서|과정|거쳐|거치|\b(?:steps?|process|procedure)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksSteps();

    /// <summary>Items of a list quoted at most.</summary>
    private const int MaxListItems = 8;

    /// <summary>How much less of the question a chain of steps may carry than the best line and still answer a steps question.</summary>
    private const double ChainSlack = 0.2;

    /// <summary>Arrows that make a line a chain of steps.</summary>
    private const int MinArrows = 2;

    public static AnswerDraft? Answer(DocumentMatch match, double minCoverage = 0.6)
    {
        var ranked = PassageSearch.Rank(match);
        var best = ranked.FirstOrDefault();
        if (best is null || best.Coverage < minCoverage)
        {
            return null;
        }
        var draft = new AnswerDraft(match.Question, "lookup");
        draft.Focus.Document = match.Document.Name;
        var chosen = ranked.Where(r => r.Coverage >= best.Coverage - 0.01 && r.Score >= best.Score * 0.75).Take(2)
            .Select(r => AnswerTo(match, r.Passage)).Distinct().ToList();
        if (AsksSteps().IsMatch(match.Question.Original) && !chosen.Any(IsChain)
            && ranked.Where(r => r.Coverage >= Math.Max(minCoverage, best.Coverage - ChainSlack)).Select(r => AnswerTo(match, r.Passage)).FirstOrDefault(IsChain) is { } chain)
        {
            chosen = [chain];
        }
        var english = draft.English;
        var quotes = chosen.SelectMany(p => WithList(match, p)).Select(p => $"“{p.Text.TrimStart('□', '○', '-', '*', ' ')}” {draft.Cite(p)}");
        draft.Say(english ? $"The document says: {string.Join(" ", quotes)}" : $"문서에는 이렇게 나와 있습니다. {string.Join(" ", quotes)}");
        return draft;
    }

    private static bool IsChain(Knowledge.Documents.Passage passage) => passage.Text.Count(c => c == '→') >= MinArrows;

    /// <summary>A line that announces a list, followed by the items listed under it (its children).</summary>
    public static IEnumerable<Knowledge.Documents.Passage> WithList(DocumentMatch match, Knowledge.Documents.Passage passage)
    {
        yield return passage;
        if (!AnnouncesList().IsMatch(passage.Text))
        {
            yield break;
        }
        foreach (var item in match.Document.Passages.Where(p => p.Unit.Parent == passage.Unit.Index && p.Unit.Table is null && p != passage).Take(MaxListItems))
        {
            yield return item;
        }
    }

    /// <summary>A FAQ's question line (Q3. …) found for a question is answered by its A. line, which is quoted instead.</summary>
    public static Knowledge.Documents.Passage AnswerTo(DocumentMatch match, Knowledge.Documents.Passage passage)
    {
        if (!FaqLines.Question().IsMatch(passage.Text))
        {
            return passage;
        }
        return match.Document.Passages.FirstOrDefault(p => p.Unit.Parent == passage.Unit.Index && FaqLines.Answer().IsMatch(p.Text)) ?? passage;
    }
}
