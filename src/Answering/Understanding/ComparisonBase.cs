namespace Answering.Understanding;

/// <summary>
/// The side of a comparison a question marks as its base: "현행 대비", "작년에 비해", "A보다". The base is what the other
/// side is measured against, so it is the divisor of 몇 배 and the earlier side of a change.
/// </summary>
public static class ComparisonBase
{
    private static readonly string[] Markers = ["대비", "에비해", "에비하면", "보다", "과비교", "와비교", "에견줘"];

    /// <summary>Whether a base marker follows at <paramref name="at"/> of the question's compact text.</summary>
    public static bool MarkedAt(string compact, int at) =>
        at <= compact.Length && Markers.Any(m => compact.AsSpan(at).StartsWith(m, StringComparison.Ordinal));

    /// <summary>Whether the base is a thing the question names (현행보다), not a period (작년보다, 2023년 대비).</summary>
    public static bool NamesThing(Question question)
    {
        var tokens = question.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.IsContent || Knowledge.Language.Lexicon.IsQuestionWord(token.Surface) || IsPeriod(token.Surface))
            {
                continue;
            }
            var rest = token.End <= question.Text.Length ? question.Text[token.End..].Replace(" ", "", StringComparison.Ordinal) : "";
            if (Markers.Any(m => rest.StartsWith(m, StringComparison.Ordinal)))
            {
                return true;
            }
        }
        return false;
    }

    // 작년, 전년, 해, 달, 동월 … are question words, already passed over.
    private static bool IsPeriod(string word) => word is "분기" or "반기" or "지난해" or "전월" or "전년도";
}
