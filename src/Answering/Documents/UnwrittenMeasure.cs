using Answering.Understanding;

namespace Answering.Documents;

/// <summary>
/// The measure a question asks the value of (경쟁률은 얼마, 평균 가격이 얼마) written nowhere in the chosen document: no
/// figure of the document is its value, and an amount found near the question's other words (the budget, for 경쟁률)
/// would answer something else. A measure worked out from others (증가액, 차이) is not looked for in the text.
/// </summary>
public static class UnwrittenMeasure
{
    public static bool Missing(DocumentMatch match)
    {
        var question = match.Question;
        if (question.IsEnglish || question.IsClaim)
        {
            return false;
        }
        var measure = AskedMeasure.Terms(question);
        if (measure.Count == 0 || measure.Any(WorkedOut))
        {
            return false;
        }
        return !measure.Any(t => match.Document.Mentions(t) || match.Document.Vocabulary.Contains(t));
    }

    private static bool WorkedOut(string term) => AskedMeasure.Stem(term) is { } stem && Evidence.Coverage.IsOperationWord(stem);
}
