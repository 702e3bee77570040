namespace Answering.Knowledge;

/// <summary>A kind of result a document reports in running text (일자리 649명, 특허 5건), and the units it is counted in.</summary>
public sealed record Measure(string Key, string[] Words, string[] Units, string EnglishName);

/// <summary>
/// Vocabulary of what programs report — language knowledge, not answers: the values are read from the
/// documents' sentences, next to these words.
/// </summary>
public static class Measures
{
    public static IReadOnlyList<Measure> All { get; } =
    [
        new("정규직", ["정규직"], ["%", "명"], "regular (permanent) jobs"),
        new("청년", ["청년"], ["%", "명"], "youth jobs"),
        new("일자리", ["일자리", "고용"], ["명"], "jobs"),
        new("수도권", ["수도권"], ["%", "건", "개"], "companies from the Seoul metropolitan area"),
        new("기업유치", ["기업유치", "기업 유치", "중핵기업", "유치"], ["건", "개"], "companies attracted"),
        new("매출", ["매출"], ["억원"], "sales"),
        new("특허", ["특허"], ["건"], "patents"),
        new("논문", ["논문"], ["건"], "papers"),
        new("신규사업", ["신규사업"], ["억원"], "new projects attracted"),
        new("예산", ["예산", "국비"], ["억원"], "budget (national funds)"),
    ];

    public static Measure? ByKey(string key) => All.FirstOrDefault(m => m.Key == key);
}
