using System.Collections.Frozen;

namespace Corpus.Quantities;

/// <summary>
/// The units Korean programme documents use, by the way they are written. Knowledge of units, not of any
/// document: 1억원 = 100백만원, 1만㎡ = 0.01㎢, 1억달러 = USD 100 million.
/// </summary>
public static class Units
{
    public static readonly Unit None = new("", UnitFamily.None, 1);
    public static readonly Unit Won = new("원", UnitFamily.Won, 1);
    public static readonly Unit ThousandWon = new("천원", UnitFamily.Won, 1e3);
    public static readonly Unit TenThousandWon = new("만원", UnitFamily.Won, 1e4);
    public static readonly Unit MillionWon = new("백만원", UnitFamily.Won, 1e6);
    public static readonly Unit TenMillionWon = new("천만원", UnitFamily.Won, 1e7);
    public static readonly Unit HundredMillionWon = new("억원", UnitFamily.Won, 1e8);
    public static readonly Unit TrillionWon = new("조원", UnitFamily.Won, 1e12);
    public static readonly Unit BillionWon = new("KRW billion", UnitFamily.Won, 1e9);
    public static readonly Unit Dollar = new("달러", UnitFamily.Dollar, 1);
    public static readonly Unit TenThousandDollar = new("만 달러", UnitFamily.Dollar, 1e4);
    public static readonly Unit MillionDollar = new("백만달러", UnitFamily.Dollar, 1e6);
    public static readonly Unit HundredMillionDollar = new("억달러", UnitFamily.Dollar, 1e8);
    public static readonly Unit BillionDollar = new("USD billion", UnitFamily.Dollar, 1e9);
    public static readonly Unit Percent = new("%", UnitFamily.Percent, 1);
    public static readonly Unit PercentPoint = new("%p", UnitFamily.PercentPoint, 1);
    public static readonly Unit SquareMetre = new("㎡", UnitFamily.Area, 1);
    public static readonly Unit TenThousandSquareMetre = new("만㎡", UnitFamily.Area, 1e4);
    public static readonly Unit SquareKilometre = new("㎢", UnitFamily.Area, 1e6);
    public static readonly Unit Kilometre = new("km", UnitFamily.Length, 1000);
    public static readonly Unit Metre = new("m", UnitFamily.Length, 1);
    public static readonly Unit Ton = new("톤", UnitFamily.Weight, 1000);
    public static readonly Unit TenThousandTon = new("만톤", UnitFamily.Weight, 1e7);
    public static readonly Unit Kilogram = new("kg", UnitFamily.Weight, 1);
    public static readonly Unit Litre = new("L", UnitFamily.Volume, 1);
    public static readonly Unit Year = new("년", UnitFamily.Duration, 12);
    public static readonly Unit Month = new("개월", UnitFamily.Duration, 1);
    public static readonly Unit Week = new("주", UnitFamily.Days, 7);
    public static readonly Unit Day = new("일", UnitFamily.Days, 1);
    public static readonly Unit Hour = new("시간", UnitFamily.Days, 1.0 / 24);
    public static readonly Unit Score = new("점", UnitFamily.Score, 1);
    public static readonly Unit Times = new("배", UnitFamily.Times, 1);
    public static readonly Unit Ratio = new(":1", UnitFamily.Ratio, 1);
    public static readonly Unit People = new("명", UnitFamily.People, 1);

    /// <summary>Statistics tables count people in thousands or ten thousands (피보험자(천명), 인구(만명)).</summary>
    public static readonly Unit ThousandPeople = new("천명", UnitFamily.People, 1e3);
    public static readonly Unit TenThousandPeople = new("만명", UnitFamily.People, 1e4);
    public static readonly Unit Piece = new("개", UnitFamily.Count, 1);
    public static readonly Unit KilowattHour = new("kWh", UnitFamily.Energy, 1e3);
    public static readonly Unit MegawattHour = new("MWh", UnitFamily.Energy, 1e6);
    public static readonly Unit GigawattHour = new("GWh", UnitFamily.Energy, 1e9);

    /// <summary>Counting words after a number: 개사 (companies), 건 (cases), 곳/개소 (places) all count things.</summary>
    private static readonly string[] CountWords =
    [
        "개사", "개소", "개국", "개교", "개팀", "개 팀", "개 기관", "개기관", "개 과제", "개과제", "개 분야", "개분야", "개 지구", "개지구", "개 센터", "개센터",
        "개 품목", "개품목", "개 지역", "개지역", "개 지표", "개지표", "개 유형", "개유형", "개 영역", "개영역", "개 시·도", "개 시도", "개 산업", "개 항목",
        "개", "건", "곳", "군데", "종", "회", "차례", "팀", "대", "가구", "호", "척", "편", "점포", "기관", "과제", "세트",
    ];

    private static readonly FrozenDictionary<string, Unit> BySymbol = Build();

    private static FrozenDictionary<string, Unit> Build()
    {
        var map = new Dictionary<string, Unit>(StringComparer.Ordinal)
        {
            ["원"] = Won, ["천원"] = ThousandWon, ["만원"] = TenThousandWon, ["백만원"] = MillionWon, ["천만원"] = TenMillionWon,
            ["억원"] = HundredMillionWon, ["억"] = HundredMillionWon, ["조원"] = TrillionWon, ["조"] = TrillionWon,
            ["달러"] = Dollar, ["만달러"] = TenThousandDollar, ["백만달러"] = MillionDollar, ["억달러"] = HundredMillionDollar,
            ["%"] = Percent, ["％"] = Percent, ["퍼센트"] = Percent, ["프로"] = Percent, ["%p"] = PercentPoint, ["%포인트"] = PercentPoint, ["퍼센트포인트"] = PercentPoint,
            ["㎡"] = SquareMetre, ["m²"] = SquareMetre, ["m2"] = SquareMetre, ["제곱미터"] = SquareMetre, ["만㎡"] = TenThousandSquareMetre, ["만m²"] = TenThousandSquareMetre,
            ["㎢"] = SquareKilometre, ["km²"] = SquareKilometre, ["km2"] = SquareKilometre, ["제곱킬로미터"] = SquareKilometre,
            ["km"] = Kilometre, ["㎞"] = Kilometre, ["킬로미터"] = Kilometre, ["킬로"] = Kilometre, ["m"] = Metre, ["미터"] = Metre,
            ["톤"] = Ton, ["만톤"] = TenThousandTon, ["t"] = Ton, ["kg"] = Kilogram, ["㎏"] = Kilogram, ["L"] = Litre, ["ℓ"] = Litre, ["리터"] = Litre,
            ["년"] = Year, ["개년"] = Year, ["년간"] = Year, ["개월"] = Month, ["달"] = Month, ["주"] = Week, ["일"] = Day, ["시간"] = Hour,
            ["점"] = Score, ["배"] = Times, [":1"] = Ratio, ["대1"] = Ratio, ["대 1"] = Ratio,
            ["명"] = People, ["인"] = People, ["천명"] = ThousandPeople, ["만명"] = TenThousandPeople,
            ["kWh"] = KilowattHour, ["kwh"] = KilowattHour, ["MWh"] = MegawattHour, ["mwh"] = MegawattHour, ["GWh"] = GigawattHour, ["gwh"] = GigawattHour,
        };
        foreach (var word in CountWords)
        {
            // "14개 시·도", "60개 과제": counted with 개; the noun after it is what is counted, not a unit of its own.
            var key = word.Replace(" ", "", StringComparison.Ordinal);
            var symbol = key.StartsWith('개') && key.Length > 2 && key is not ("개사" or "개소" or "개국" or "개교" or "개년" or "개월") ? "개" : key;
            map.TryAdd(key, symbol == "개" ? Piece : new Unit(symbol, UnitFamily.Count, 1));
        }
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The unit written as <paramref name="symbol"/> (spaces ignored), or null.</summary>
    public static Unit? Find(string symbol)
    {
        var key = symbol.Replace(" ", "", StringComparison.Ordinal);
        if (BySymbol.TryGetValue(key, out var unit))
        {
            return unit;
        }
        return BySymbol.TryGetValue(key.ToLowerInvariant(), out unit) ? unit : null;
    }

    /// <summary>Every written form, longest first, for readers that match a unit after a number.</summary>
    public static IReadOnlyList<string> Symbols { get; } = [.. BySymbol.Keys.Concat(CountWords).Concat(["만 달러", "대 1", "%포인트"]).Distinct().OrderByDescending(k => k.Length)];

    /// <summary>The usual unit to show an amount of a family in when converting (억원 for won).</summary>
    public static Unit Preferred(UnitFamily family) => family switch
    {
        UnitFamily.Won => HundredMillionWon,
        UnitFamily.Dollar => HundredMillionDollar,
        UnitFamily.Area => TenThousandSquareMetre,
        _ => None,
    };
}
