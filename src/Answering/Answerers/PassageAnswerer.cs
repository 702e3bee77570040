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
        var chosen = ranked.Where(r => r.Coverage >= best.Coverage - 0.01 && r.Score >= best.Score * 0.75).Take(2)
            .Select(r => AnswerTo(match, r.Passage)).Distinct().ToList();
        var english = draft.English;
        var quotes = chosen.Select(p => $"“{p.Text.TrimStart('□', '○', '-', '*', ' ')}” {draft.Cite(p)}");
        draft.Say(english ? $"The document says: {string.Join(" ", quotes)}" : $"문서에는 이렇게 나와 있습니다. {string.Join(" ", quotes)}");
        return draft;
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
