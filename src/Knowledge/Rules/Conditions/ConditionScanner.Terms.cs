using System.Text.RegularExpressions;
using Knowledge.Language;
using Knowledge.Rules.Scopes;

namespace Knowledge.Rules.Conditions;

/// <summary>The words that name what a bound limits: canonical terms with generic and scope words left out.</summary>
public static partial class ConditionScanner
{
    [GeneratedRegex(@"\s(?:또는|및|혹은)\s|(?<=[가-힣])(?:이고|이며|이면서|하고|하며|으로서|로서)\s")]
    private static partial Regex Connector();


    private static readonly HashSet<string> Generic =
    [
        "기업", "기관", "과제", "센터", "경우", "기준", "해당", "대상", "등", "각", "이상", "이하", "미만", "초과", "이내", "최대", "최소", "결산", "직전",
        "직전년도", "년도", "당해", "연", "연간", "모든", "전체", "합계", "총", "당", "내", "안", "위치", "지정", "신청", "지원", "이", "그", "개", "명",
        "만", "시", "도", "시도", "특별", "자치", "범위", "원", "단", "다만", "한", "곳", "자", "중", "후", "전", "동안", "청년", "기간",
        "사업", "전년", "직전년", "결산", "현재", "공고일", "이후", "이전", "올해", "작년", "금년", "내년", "해당", "관할", "소재", "경우", "상태",
    ];

    [GeneratedRegex(@"^\W*(?:\([^()]{1,20}\)\s*)?(?<t>[가-힣A-Za-z·\s]{2,20}?)(?:은|는)\s")]
    private static partial Regex Topic();

    /// <summary>Canonical naming terms of a stretch of text, scope and generic words removed.</summary>
    public static List<string> Terms(string text) =>
        [.. Canonical(TermAnalyzer.Terms(text)).Where(t => t.Length >= 2 && !Generic.Contains(t) && !ScopeWords.IsScopeWord(t) && !t.Any(char.IsDigit)).Distinct()];

    /// <summary>Terms of a condition stated in words: what is done counts here (신청, 지원, 선정, 지정 are what the asker did or got).</summary>
    public static List<string> ActionTerms(string text) =>
        [.. Canonical(TermAnalyzer.Terms(text)).Where(t => t.Length >= 2 && (!Generic.Contains(t) || Actions.Contains(t)) && !ScopeWords.IsScopeWord(t) && !t.Any(char.IsDigit)).Distinct()];

    /// <summary>Synonyms mapped to one word — for words standing alone; a part of a compound keeps its own sense (창업 in 창업공간 is not 업력).</summary>
    private static IEnumerable<string> Canonical(List<string> terms) =>
        terms.Select(t => terms.Any(o => o.Length > t.Length && o.Contains(t, StringComparison.Ordinal) && Lexicon.Canonical(o) == o) ? t : Lexicon.Canonical(t));

    private static readonly HashSet<string> Actions = ["신청", "지원", "선정", "지정"];

    /// <summary>Terms of a condition in words: a designated area is the condition itself here (특별재난지역으로 선포된), not a scope.</summary>
    public static List<string> CueTerms(string text) =>
        [.. Canonical(TermAnalyzer.Terms(text)).Where(t => t.Length >= 2 && (!Generic.Contains(t) || Actions.Contains(t)) && (ScopeWords.Designations(t).Count > 0 || !ScopeWords.IsScopeWord(t)) && !t.Any(char.IsDigit)).Distinct()];
}
