namespace Answering.Understanding;

/// <summary>A Korean province or metropolitan city: its short and full names, English name, and whether it is a 광역시-level city.</summary>
public sealed record RegionName(string Short, string Full, string English, bool IsMetropolitan);

/// <summary>
/// Language knowledge, not program knowledge: the 17 시·도 of Korea and how people write them.
/// Which of them the documents speak of is read from the corpus (<see cref="Knowledge.RegionCatalog"/>).
/// </summary>
public static class RegionNames
{
    public static IReadOnlyList<RegionName> All { get; } =
    [
        new("서울", "서울특별시", "seoul", false),
        new("부산", "부산광역시", "busan", true),
        new("대구", "대구광역시", "daegu", true),
        new("인천", "인천광역시", "incheon", true),
        new("광주", "광주광역시", "gwangju", true),
        new("대전", "대전광역시", "daejeon", true),
        new("울산", "울산광역시", "ulsan", true),
        new("세종", "세종특별자치시", "sejong", false),
        new("경기", "경기도", "gyeonggi", false),
        new("강원", "강원도", "gangwon", false),
        new("충북", "충청북도", "chungbuk", false),
        new("충남", "충청남도", "chungnam", false),
        new("전북", "전라북도", "jeonbuk", false),
        new("전남", "전라남도", "jeonnam", false),
        new("경북", "경상북도", "gyeongbuk", false),
        new("경남", "경상남도", "gyeongnam", false),
        new("제주", "제주특별자치도", "jeju", false),
    ];

    private static readonly (string Alias, string Short)[] Aliases =
    [
        ("north gyeongsang", "경북"), ("south gyeongsang", "경남"), ("north chungcheong", "충북"), ("south chungcheong", "충남"),
        ("north jeolla", "전북"), ("south jeolla", "전남"), ("강원특별자치도", "강원"), ("전북특별자치도", "전북"),
        ("경상북도", "경북"), ("경상남도", "경남"), ("충청북도", "충북"), ("충청남도", "충남"), ("전라북도", "전북"), ("전라남도", "전남"),
    ];

    /// <summary>Regions named in <paramref name="text"/> (lower-cased), in order of first mention.</summary>
    public static IReadOnlyList<RegionName> Find(string text)
    {
        var found = new List<(int At, RegionName Region)>();
        foreach (var region in All)
        {
            var at = IndexOfName(text, region);
            if (at >= 0)
            {
                found.Add((at, region));
            }
        }
        return [.. found.OrderBy(f => f.At).Select(f => f.Region).Distinct()];
    }

    public static RegionName? ByShort(string shortName) => All.FirstOrDefault(r => r.Short == shortName);

    private static int IndexOfName(string text, RegionName region)
    {
        foreach (var (alias, shortName) in Aliases)
        {
            if (shortName == region.Short && text.IndexOf(alias, StringComparison.Ordinal) is var a and >= 0)
            {
                return a;
            }
        }
        var full = text.IndexOf(region.Full, StringComparison.Ordinal);
        if (full >= 0)
        {
            return full;
        }
        var english = text.IndexOf(region.English, StringComparison.Ordinal);
        if (english >= 0)
        {
            return english;
        }
        var at = 0;
        while ((at = text.IndexOf(region.Short, at, StringComparison.Ordinal)) >= 0)
        {
            // 광주 is also in 경기 광주시; 대구 in 대구광역시 — accept; but 전남 inside 충전남… is not a name.
            if (at == 0 || !IsHangul(text[at - 1]) || text[at - 1] is '은' or '는' or '과' or '와' or '및' or '도')
            {
                return at;
            }
            at += region.Short.Length;
        }
        return -1;
    }

    private static bool IsHangul(char c) => c is >= '가' and <= '힣';
}
