using Answering.Answerers;
using Answering.Contract;
using Answering.Documents;
using Answering.Understanding;

namespace Answering.Composing;

/// <summary>The answer that the documents do not say, with the nearest passage so the asker sees what they do say.</summary>
public static class NotStated
{
    public static AnswerDraft Draft(DocumentMatch match) => Draft(match.Question, match);

    public static AnswerDraft Draft(Question question, DocumentMatch? nearest)
    {
        var draft = new AnswerDraft(question, AnswerKinds.OutOfScope) { Answerable = false };
        var english = question.IsEnglish;
        draft.Say(english
            ? "The documents do not say this."
            : "문서에서 이 질문에 대한 내용을 찾지 못했어요.");
        if (nearest is not null && PassageAnswerer.Answer(nearest, 0.2) is { } near && near.Citations.Count > 0)
        {
            var c = near.Citations[0];
            var marker = draft.Cite(c.Doc, c.Lines.From, c.Quote);
            draft.Say(english ? $"The closest passage is: “{c.Quote}” {marker}" : $"가장 가까운 내용은 다음과 같습니다. “{c.Quote}” {marker}");
        }
        if (nearest is not null)
        {
            draft.Focus.Document = nearest.Document.Name;
        }
        return draft;
    }
}
