using Answering.Composing;
using Answering.Contract;

namespace Answering.Rules.Writing;

/// <summary>The fixed words of an eligibility answer, in Korean (합니다체) and English.</summary>
public static class Phrases
{
    public static string Verdict(string eligible, bool english) => (eligible, english) switch
    {
        (Eligibility.Yes, false) => "네, 문서의 기준에 따르면 가능합니다.",
        (Eligibility.No, false) => "아니요, 문서의 기준에 따르면 어렵습니다.",
        (Eligibility.Depends, false) => "말씀하신 내용만으로는 정할 수 없고, 조건에 따라 달라집니다.",
        (Eligibility.NotInDocument, false) => "문서에는 이에 대한 기준이 나와 있지 않습니다.",
        (Eligibility.Yes, true) => "Yes — by the document's rules, this is possible.",
        (Eligibility.No, true) => "No — by the document's rules, this is not possible.",
        (Eligibility.Depends, true) => "It depends: what you describe does not settle it.",
        _ => "The document sets no rule on this.",
    };

    /// <summary>The verdict on a question about the data (늘었나요?), not about the asker's eligibility.</summary>
    public static string Fact(string eligible, bool english) => (eligible, english) switch
    {
        (Eligibility.Yes, false) => "네, 그렇습니다.",
        (Eligibility.No, false) => "아니요, 그렇지 않습니다.",
        (Eligibility.Yes, true) => "Yes.",
        (Eligibility.No, true) => "No.",
        _ => Verdict(eligible, english),
    };

    public static string Meets(string fact, string bound, bool holds, bool english) => english
        ? $"Your {fact} {(holds ? "meets" : "does not meet")} the bound “{bound}”."
        : $"말씀하신 {Topic(fact)} ‘{bound}’ 기준을 {(holds ? "충족합니다" : "충족하지 않습니다")}.";

    /// <summary>은/는 after an amount as it is read aloud: units written in Latin letters or symbols are read in Korean (km → 킬로미터는).</summary>
    public static string Topic(string written)
    {
        var trimmed = written.TrimEnd();
        foreach (var (unit, reading) in Readings)
        {
            if (trimmed.EndsWith(unit, StringComparison.OrdinalIgnoreCase))
            {
                return trimmed + Josa.With(reading, "은/는")[reading.Length..];
            }
        }
        return Josa.With(trimmed, "은/는");
    }

    private static readonly (string Unit, string Reading)[] Readings =
    [
        ("km²", "제곱킬로미터"), ("km2", "제곱킬로미터"), ("㎢", "제곱킬로미터"), ("㎡", "제곱미터"), ("m²", "제곱미터"), ("km", "킬로미터"), ("㎞", "킬로미터"),
        ("kg", "킬로그램"), ("kWh", "킬로와트시"), ("MWh", "메가와트시"), ("GWh", "기가와트시"), ("㎏", "킬로그램"), ("%p", "퍼센트포인트"), ("%", "퍼센트"), ("m", "미터"), ("t", "톤"),
    ];

    public static string Rule(string text, string marker, bool english) => english
        ? $"The document says: “{text}” {marker}"
        : $"문서에는 “{text}”{(Josa.With(text, "이라고/라고")[text.Length..])} 되어 있습니다 {marker}";

    public static string ExceptionHolds(bool? holds, bool english) => (holds, english) switch
    {
        (true, false) => "말씀하신 경우는 이 예외에 해당합니다.",
        (false, false) => "말씀하신 경우는 이 예외에 해당하지 않습니다.",
        (null, false) => "이 예외에 해당하는지 알려주시면 판단할 수 있습니다.",
        (true, true) => "Your case falls under this exception.",
        (false, true) => "Your case does not fall under this exception.",
        _ => "Tell me whether this exception applies to you and I can say.",
    };

    public static string Missing(string what, bool english) => english
        ? $"Please tell me whether this holds for you: “{what}”."
        : $"“{what}”에 해당하는지 알려주시면 판단할 수 있습니다.";

    public static string Dimension(string dimension, bool english) => (dimension.Split(':')[0], english) switch
    {
        ("PlaceKind", false) => "해당 시설·사업장이 있는 곳이 광역시·특별자치시인지 도인지",
        ("Size", false) => "기업 규모(중소기업·중견기업·대기업)",
        ("Label", false) => "어느 유형(트랙)으로 신청하는지",
        ("Designation", false) => $"{dimension.Split(':')[1]}에 해당하는지",
        ("PlaceKind", true) => "whether the site is in a metropolitan city or a province",
        ("Size", true) => "your company size",
        ("Label", true) => "which type or track you apply for",
        ("Designation", true) => $"whether you are in a {dimension.Split(':')[1]}",
        _ => english ? "your case" : "구체적인 상황",
    };

    public static string Reading(string dimension, string value, string eligible, bool english)
    {
        var when = dimension.Split(':')[0] switch
        {
            "Designation" => value == "yes" ? $"{dimension.Split(':')[1]}에 해당하면" : $"{dimension.Split(':')[1]}에 해당하지 않으면",
            _ => $"{value}{(english ? "" : "이면")}",
        };
        if (english)
        {
            when = dimension.StartsWith("Designation", StringComparison.Ordinal) ? $"If {(value == "yes" ? "in" : "not in")} a {dimension.Split(':')[1]}" : $"For {value}";
            return $"{when}: {(eligible == Eligibility.Yes ? "yes" : eligible == Eligibility.No ? "no" : "it depends")}.";
        }
        var verdict = eligible == Eligibility.Yes ? "가능합니다" : eligible == Eligibility.No ? "어렵습니다" : "추가 확인이 필요합니다";
        return $"{when} {verdict}.";
    }
}
