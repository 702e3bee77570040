using System.Text.RegularExpressions;

namespace Knowledge.Rules.Scopes;

/// <summary>
/// Reads the words that scope a rule, from general knowledge of Korean administration and programme rules: 광역시 and
/// 특별자치시 against 도 and 특별자치도 (which follows 도 rules), company sizes, designated areas (…지역, …권), type labels
/// (…형, … 트랙, N단계) and 현행/종전 against 개정.
/// </summary>
public static partial class ScopeWords
{
    public const string City = "광역시";
    public const string Province = "도";
    public const string Small = "중소기업";
    public const string Middle = "중견기업";
    public const string Large = "대기업";
    public const string Current = "현행";
    public const string Amended = "개정";

    [GeneratedRegex(@"광역시|특별자치시|광역\s?(?:지자체|자치단체)")]
    private static partial Regex CityWord();

    [GeneratedRegex(@"특별자치도|(?<![가-힣A-Za-z0-9·])도(?=\s?지역|\s?\(|\s|는|의|에|$|·|,)|도\(道\)")]
    private static partial Regex ProvinceWord();

    [GeneratedRegex(@"중소\s?기업|중소(?=·|\s?\u00b7)|중기(?![가-힣])|중견\s?기업|중견(?=·|\s?\u00b7)|대기업|대\s?기업")]
    private static partial Regex SizeWord();

    [GeneratedRegex(@"(?<![가-힣])(?:[가-힣]{2,14}지역|비?수도권|[가-힣]{1,3}권)(?![가-힣])")]
    private static partial Regex DesignationWord();

    [GeneratedRegex(@"(?<![가-힣A-Za-z])(?<l>[가-힣A-Za-z]{1,8}형)(?![가-힣])|(?<l>[가-힣A-Za-z]{1,6})\s?트랙|(?<l>\d)\s*단계")]
    private static partial Regex LabelWord();

    [GeneratedRegex(@"현행|종전|기존\s?(?:규정|기준|지침)|개정\s?전")]
    private static partial Regex CurrentWord();

    [GeneratedRegex(@"개정(?!\s?전)|개정안")]
    private static partial Regex AmendedWord();

    private static readonly HashSet<string> NotDesignations = ["지역", "대상지역", "해당지역", "주요지역", "전지역", "시도", "각지역", "지방", "권역", "전권", "수권", "인권", "특권", "채권", "권"];
    private static readonly HashSet<string> NotLabels = ["유형", "원형", "대형", "소형", "중형", "모형", "정형", "형", "신형", "구형", "외형", "전형", "성형", "변형", "체형"];

    /// <summary>Everything a text says about scope.</summary>
    public static RuleScope Read(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return RuleScope.None;
        }
        var places = new List<string>();
        if (CityWord().IsMatch(text))
        {
            places.Add(City);
        }
        if (ProvinceWord().Matches(text).Any(m => !IsCityProvincePair(text, m.Index)))
        {
            places.Add(Province);
        }
        return new RuleScope
        {
            PlaceKinds = places,
            Sizes = Sizes(text),
            Designations = Designations(text),
            Labels = Labels(text),
            Version = CurrentWord().IsMatch(text) ? Current : AmendedWord().IsMatch(text) ? Amended : null,
        };
    }

    public static IReadOnlyList<string> Sizes(string text)
    {
        var sizes = new List<string>();
        foreach (Match m in SizeWord().Matches(text))
        {
            var size = m.Value.StartsWith("중소", StringComparison.Ordinal) || m.Value == "중기" ? Small : m.Value.StartsWith("중견", StringComparison.Ordinal) ? Middle : Large;
            if (!sizes.Contains(size))
            {
                sizes.Add(size);
            }
        }
        return sizes;
    }

    public static IReadOnlyList<string> Designations(string text) =>
        [.. DesignationWord().Matches(text).Select(m => m.Value).Where(v => !NotDesignations.Contains(v) && !v.EndsWith("도지역", StringComparison.Ordinal)
            && Knowledge.Language.Regions.Find(v.Replace("권", "", StringComparison.Ordinal)) is null).Distinct()];

    public static IReadOnlyList<string> Labels(string text) =>
        [.. LabelWord().Matches(text).Select(m => m.Groups["l"].Value.Length == 1 && char.IsDigit(m.Groups["l"].Value[0]) ? m.Groups["l"].Value + "단계"
                : m.Value.Contains("트랙", StringComparison.Ordinal) ? m.Groups["l"].Value + " 트랙" : m.Groups["l"].Value)
            .Where(l => !NotLabels.Contains(l) && !l.EndsWith("유형", StringComparison.Ordinal)).Distinct()];

    /// <summary>Whether a word is a scope word of any dimension (and so not what a rule limits).</summary>
    public static bool IsScopeWord(string term) => !Read(term).IsEmpty || term is "광역" or "특별자치시" or "특별자치도" or "시" or "도";

    /// <summary>시·도 and 시도 name local governments in general, not 도 as a kind.</summary>
    private static bool IsCityProvincePair(string text, int index) =>
        index > 0 && (text[index - 1] == '시' || index > 1 && text[index - 1] == '·' && text[index - 2] == '시');
}
