using System.Text.RegularExpressions;
using Answering.Understanding;

namespace Answering.Computing;

/// <summary>
/// The parts of a question a two-operand computation needs, read from Korean role markers: A를 B로 나누면 (A ÷ B),
/// B당 A (A ÷ B), A는 B의 몇 배 / B 대비 A 몇 배 (A ÷ B), B 대비 A (growth from B), A에서 B가 차지하는 비중 (B ÷ A),
/// A와 B의 차이.
/// </summary>
public static partial class Roles
{
    /// <summary>(numerator or later or part, denominator or earlier or whole); null when the question has no such markers.</summary>
    public static (string First, string Second)? Split(Question question)
    {
        var text = question.Text;
        Match m;
        switch (question.Operation)
        {
            case Operation.Average:
                m = DivideBy().Match(text);
                if (m.Success)
                {
                    return (m.Groups["a"].Value, m.Groups["b"].Value);
                }
                // "국비 1억원당 매출": per one unit of the amount named before it.
                m = PerAmount().Match(text);
                if (m.Success)
                {
                    return (text.Remove(m.Index, m.Length), m.Groups["b"].Value);
                }
                m = Per().Match(text);
                if (m.Success && !Regex.IsMatch(m.Groups["b"].Value, @"^\d+\s?(?:개|곳|명|개사)?$"))
                {
                    return (text.Remove(m.Index, m.Length), m.Groups["b"].Value);
                }
                return null;
            case Operation.Ratio:
                m = RatioOf().Match(text);
                if (m.Success)
                {
                    return (m.Groups["a"].Value, m.Groups["b"].Value);
                }
                m = RatioAgainst().Match(text);
                return m.Success ? (m.Groups["a"].Value, m.Groups["b"].Value) : null;
            case Operation.Share:
                m = ShareOfWhole().Match(text);
                if (m.Success)
                {
                    return (m.Groups["part"].Value, m.Groups["whole"].Value);
                }
                m = SharePartOf().Match(text);
                return m.Success ? (m.Groups["part"].Value, m.Groups["whole"].Value) : null;
            case Operation.Growth:
            case Operation.Difference:
                m = Against().Match(text);
                if (m.Success)
                {
                    return (m.Groups["a"].Value, m.Groups["b"].Value);
                }
                m = Between().Match(text);
                if (m.Success)
                {
                    return (m.Groups["a"].Value, m.Groups["b"].Value);
                }
                m = SubtractFrom().Match(text);
                return m.Success ? (m.Groups["a"].Value, m.Groups["b"].Value) : null;
            default:
                return null;
        }
    }

    /// <summary>
    /// "선정 기업 수가 작년 실적보다 몇 % 늘어", "6월 벤처투자액은 5월보다": the subject is the amount, and what stands
    /// before 보다 is only the earlier period it is compared with. Gives (the subject in its own period, the subject in
    /// the earlier period); null when the base is not a period.
    /// </summary>
    public static (string Later, string Earlier)? SubjectAgainstPeriod(Question question)
    {
        if (question.Operation is not (Operation.Growth or Operation.Difference))
        {
            return null;
        }
        var m = SubjectThenPeriodBase().Match(question.Text);
        if (!m.Success)
        {
            return null;
        }
        var subject = m.Groups["s"].Value.Trim();
        var period = m.Groups["p"].Value.Trim();
        var bare = PeriodWords().Replace(subject, " ").Trim();
        if (bare.Length < 2)
        {
            return null;
        }
        // A subject that names no period of its own is this period's ("선정 기업 수가 작년보다" is this year's count).
        var later = LastYearWord().IsMatch(period) && !PeriodWords().IsMatch(subject) ? $"올해 {subject}" : subject;
        return (later, $"{period} {bare}");
    }

    [GeneratedRegex(@"^(?<s>.+?)(?:은|는|이|가)\s+(?<p>(?:(?:작년|전년|지난해|전년도|'?\d{2,4}\s?년)\s*(?:같은\s?기간|동기|동월|같은\s?달|상반기|하반기|[1-4]\s?분기|\d{1,2}\s?월)?|\d{1,2}\s?월|[1-4]\s?분기|상반기|하반기)\s*(?:실적|수치|기준|치)?)\s*(?:보다|대비|에 비해)")]
    private static partial Regex SubjectThenPeriodBase();

    [GeneratedRegex(@"(?:'?\d{2,4}\s?년도?|\d{1,2}\s?월|[1-4]\s?분기|[상하]\s?반기|작년|전년|지난해|올해|금년|올)(?=\s|$|[가-힣])")]
    private static partial Regex PeriodWords();

    [GeneratedRegex(@"작년|전년|지난해")]
    private static partial Regex LastYearWord();

    /// <summary>Whether the question takes one amount from another ("취득자에서 상실자를 빼면"), in that order.</summary>
    public static bool Subtracts(Question question) =>
        question.Operation == Operation.Difference && SubtractFrom().IsMatch(question.Text);

    /// <summary>Whether an average is per one unit of another amount ("국비 1억원당 매출"), so each part is found on its own.</summary>
    public static bool NamesBothParts(Question question) =>
        question.Operation == Operation.Average && PerAmount().IsMatch(question.Text);

    [GeneratedRegex(@"(?<a>.+?)(?:을|를)\s*(?<b>[^을를]+?)(?:으로|로)\s*(?:똑같이\s*|균등하게\s*)?나누")]
    private static partial Regex DivideBy();

    [GeneratedRegex(@"(?<b>[가-힣A-Za-z]{2,})\s+1\s?(?:억원|백만원|천만원|만원|원|억달러|달러)\s?당(?=\s|$)")]
    private static partial Regex PerAmount();

    [GeneratedRegex(@"(?<b>(?:\d+\s?)?[가-힣A-Za-z]+)\s?당(?=\s|$)")]
    private static partial Regex Per();

    [GeneratedRegex(@"(?<a>.+?)(?:은|는|이|가)\s+(?<b>.+?)(?:의|에 비해|보다)\s*몇\s?배")]
    private static partial Regex RatioOf();

    [GeneratedRegex(@"(?<b>.+?)\s*대비\s*(?<a>.+?)\s*(?:이|가|은|는)?\s*몇\s?배")]
    private static partial Regex RatioAgainst();

    [GeneratedRegex(@"(?<whole>.+?)\s*(?:에서|중에서|중에|가운데|중)\s+(?<part>.+?)(?:이|가|의)?\s*(?:차지|비중|비율|몫|몇\s?(?:%|퍼센트|프로))")]
    private static partial Regex ShareOfWhole();

    [GeneratedRegex(@"(?<part>.+?)(?:은|는|이|가)\s+(?<whole>.+?)의\s*몇\s?(?:%|퍼센트|프로)")]
    private static partial Regex SharePartOf();

    [GeneratedRegex(@"(?<b>.+?)\s*(?:대비|보다|에 비해|와 비교하면|과 비교하면|이랑 비교하면|랑 비교하면)\s*(?<a>.+)")]
    private static partial Regex Against();

    [GeneratedRegex(@"(?<a>.+?)(?:와|과|이랑|랑|하고)\s+(?<b>.+?)(?:의|은|는|이|가)?\s*(?:차이|합)")]
    private static partial Regex Between();

    /// <summary>"취득자에서 상실자를 빼면": A − B.</summary>
    [GeneratedRegex(@"(?<a>.+?)에서\s*(?<b>.+?)(?:(?:을|를)\s*|\s)빼")]
    private static partial Regex SubtractFrom();
}
