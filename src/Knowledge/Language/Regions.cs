using System.Collections.Frozen;

namespace Knowledge.Language;

/// <summary>What kind of local government a 시·도 is: the rules of many programmes differ between them.</summary>
public enum RegionType
{
    Special,
    Metropolitan,
    SpecialSelfGoverningCity,
    Province,
    SpecialSelfGoverningProvince,
}

/// <summary>A 시·도 with the names people use for it, in Korean and English.</summary>
public sealed record Region(string Short, string Full, RegionType Type, string Area, IReadOnlyList<string> Aliases)
{
    /// <summary>광역시·특별자치시 (and 서울) as opposed to 도: the split programme rules make.</summary>
    public bool IsCity => Type is RegionType.Special or RegionType.Metropolitan or RegionType.SpecialSelfGoverningCity;

    public bool IsCapitalArea => Area == "수도권";
}

/// <summary>
/// Korea's 17 시·도 and the 권역 they group into (수도권, 충청권 …): general knowledge, so 경북 = 경상북도 = Gyeongbuk,
/// 대구 is a 광역시, 강원 is a 특별자치도 that follows 도 rules.
/// </summary>
public static class Regions
{
    public static readonly IReadOnlyList<Region> All =
    [
        new("서울", "서울특별시", RegionType.Special, "수도권", ["서울시", "seoul"]),
        new("부산", "부산광역시", RegionType.Metropolitan, "동남권", ["부산시", "busan"]),
        new("대구", "대구광역시", RegionType.Metropolitan, "대경권", ["대구시", "daegu"]),
        new("인천", "인천광역시", RegionType.Metropolitan, "수도권", ["인천시", "incheon"]),
        new("광주", "광주광역시", RegionType.Metropolitan, "호남권", ["광주시", "gwangju"]),
        new("대전", "대전광역시", RegionType.Metropolitan, "충청권", ["대전시", "daejeon"]),
        new("울산", "울산광역시", RegionType.Metropolitan, "동남권", ["울산시", "ulsan"]),
        new("세종", "세종특별자치시", RegionType.SpecialSelfGoverningCity, "충청권", ["세종시", "sejong"]),
        new("경기", "경기도", RegionType.Province, "수도권", ["gyeonggi"]),
        new("강원", "강원특별자치도", RegionType.SpecialSelfGoverningProvince, "강원권", ["강원도", "gangwon"]),
        new("충북", "충청북도", RegionType.Province, "충청권", ["충청북도", "chungbuk", "north chungcheong"]),
        new("충남", "충청남도", RegionType.Province, "충청권", ["충청남도", "chungnam", "south chungcheong"]),
        new("전북", "전북특별자치도", RegionType.SpecialSelfGoverningProvince, "호남권", ["전라북도", "jeonbuk", "north jeolla"]),
        new("전남", "전라남도", RegionType.Province, "호남권", ["jeonnam", "south jeolla"]),
        new("경북", "경상북도", RegionType.Province, "대경권", ["gyeongbuk", "north gyeongsang"]),
        new("경남", "경상남도", RegionType.Province, "동남권", ["gyeongnam", "south gyeongsang"]),
        new("제주", "제주특별자치도", RegionType.SpecialSelfGoverningProvince, "제주권", ["제주도", "jeju"]),
    ];

    /// <summary>권역 names and the 시·도 in each.</summary>
    public static readonly FrozenDictionary<string, string[]> Areas = new Dictionary<string, string[]>
    {
        ["수도권"] = ["서울", "인천", "경기"],
        ["충청권"] = ["대전", "세종", "충북", "충남"],
        ["호남권"] = ["광주", "전북", "전남"],
        ["대경권"] = ["대구", "경북"],
        ["동남권"] = ["부산", "울산", "경남"],
        ["강원권"] = ["강원"],
        ["제주권"] = ["제주"],
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, Region> ByName = Build();

    private static FrozenDictionary<string, Region> Build()
    {
        var map = new Dictionary<string, Region>(StringComparer.OrdinalIgnoreCase);
        foreach (var r in All)
        {
            map[r.Short] = r;
            map[r.Full] = r;
            foreach (var a in r.Aliases)
            {
                map[a] = r;
            }
        }
        return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    public static Region? Find(string name) => ByName.GetValueOrDefault(name.Trim());

    /// <summary>The Korean names, longest first: sorted once, as <see cref="In"/> is called for many cells and passages per question.</summary>
    private static readonly (string Name, Region Region)[] KoreanNamesLongestFirst =
        [.. ByName.OrderByDescending(kv => kv.Key.Length).Where(kv => !kv.Key.All(c => c < 128)).Select(kv => (kv.Key, kv.Value))];

    /// <summary>Every 시·도 named in a text (short or full names), in order, each once.</summary>
    public static IReadOnlyList<(Region Region, int Start, int Length)> In(string text)
    {
        var found = new List<(Region, int, int)>();
        if (string.IsNullOrEmpty(text))
        {
            return found;
        }
        foreach (var (name, region) in KoreanNamesLongestFirst)
        {
            var at = 0;
            while ((at = text.IndexOf(name, at, StringComparison.Ordinal)) >= 0)
            {
                var end = at + name.Length;
                var overlaps = found.Any(f => at < f.Item2 + f.Item3 && f.Item2 < end);
                // 광주 in 광주광역시 is one name; 경기 in 경기도 too. 대구 inside 대구경북 still names 대구.
                if (!overlaps && !IsPartOfLongerWord(text, at, end, name))
                {
                    found.Add((region, at, name.Length));
                }
                at = end;
            }
        }
        found.Sort((a, b) => a.Item2.CompareTo(b.Item2));
        return found;
    }

    private static readonly string[] EconomyWords = ["침체", "둔화", "회복", "부양", "변동", "흐름", "악화", "불황", "호황", "전망", "동향", "부진", " 침체", " 둔화", " 회복", " 부양", " 악화", " 부진"];

    /// <summary>경기 in 경기 침체 is the economy, not 경기도; 세종 in 세종대왕 is a king; 광주 in 경광주 is part of another name.</summary>
    private static bool IsPartOfLongerWord(string text, int start, int end, string name)
    {
        var after = text.AsSpan(end);
        if (name == "경기")
        {
            if (StartsWithAny(after, EconomyWords) || start > 0 && text[start - 1] is >= '가' and <= '힣')
            {
                return true;
            }
        }
        if (name == "세종" && after.StartsWith("대왕", StringComparison.Ordinal))
        {
            return true;
        }
        return name == "광주" && start > 0 && text[start - 1] == '경';
    }

    private static bool StartsWithAny(ReadOnlySpan<char> text, string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
