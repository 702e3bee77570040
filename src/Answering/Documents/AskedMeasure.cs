using System.Text.RegularExpressions;
using Knowledge.Language;

namespace Answering.Documents;

/// <summary>
/// The measure a question asks the value of (경쟁률은 얼마, 평균 가격이 얼마): when neither it nor any part of it is written
/// anywhere in the chosen document, no figure of the document is its value — an amount found near the question's other
/// words (the budget for 경쟁률) would answer something else. Generic measure words (금액, 규모, 수 …) are left alone:
/// askers use them for whatever the document calls its figures.
/// </summary>
public static partial class AskedMeasure
{
    private static readonly HashSet<string> Generic =
    [
        "금액", "규모", "예산", "비용", "액수", "돈", "총액", "합계", "평균", "수", "개수", "숫자", "인원", "비율", "비중", "기간", "점수", "수준",
        "정도", "값", "수치", "실적", "현황", "결과", "목표", "총", "전체", "얼마", "몇",
    ];

    [GeneratedRegex(@"(?<noun>[가-힣]{2,8})(?:은|는|이|가)\s?(?:얼마|몇)")]
    private static partial Regex MeasureBeforeHowMuch();

    [GeneratedRegex(@"(?:차이|합계|합|평균|증가|감소|증감|배)$")]
    private static partial Regex OperationNoun();

    /// <summary>Whether the measure asked is one the document never writes.</summary>
    public static bool Missing(DocumentMatch match)
    {
        var question = match.Question;
        if (question.IsEnglish || question.IsClaim || MeasureBeforeHowMuch().Match(question.Text) is not { Success: true } m)
        {
            return false;
        }
        var noun = m.Groups["noun"].Value;
        var terms = TermAnalyzer.Terms(noun).Select(Lexicon.Canonical).Append(noun).Where(t => t.Length >= 2).Distinct().ToList();
        // An operation (차이는 얼마, 증가율은 몇 %) is worked out from figures the document writes under other names.
        if (terms.Count == 0 || terms.Any(t => Generic.Contains(t) || Evidence.Coverage.IsOperationWord(t) || Lexicon.IsQuestionWord(t)) || OperationNoun().IsMatch(noun))
        {
            return false;
        }
        return !terms.Any(t => match.Document.Mentions(t) || match.Document.Vocabulary.Contains(t));
    }
}
