using Answering.Composing;
using Answering.Documents;
using Answering.Evidence;

namespace Answering.Answerers;

/// <summary>Answers from the passages that carry the question's words, quoted exactly, when nothing more specific applies.</summary>
public static class PassageAnswerer
{
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
        var chosen = ranked.Where(r => r.Coverage >= best.Coverage - 0.01 && r.Score >= best.Score * 0.75).Take(2).ToList();
        var english = draft.English;
        var quotes = chosen.Select(c => $"“{c.Passage.Text.TrimStart('□', '○', '-', '*', ' ')}” {draft.Cite(c.Passage)}");
        draft.Say(english ? $"The document says: {string.Join(" ", quotes)}" : $"문서에는 이렇게 나와 있습니다. {string.Join(" ", quotes)}");
        return draft;
    }
}
