namespace Answering.Composing;

/// <summary>Small pieces of phrasing shared by every answer, in Korean (합니다체) and English.</summary>
public static class Say
{
    public static string Label(string label, bool english) => english ? label : Josa.With(label, "은/는");

    public static string Is(string value, bool english) => english ? $"is {value}" : $"{value}입니다";

    /// <summary>Joins finished statements: each already carries its citation markers.</summary>
    public static string Sentences(IEnumerable<string> parts, bool english) => string.Join(" ", parts.Select(p => p.TrimEnd('.') + "."));

    public static string Increase(bool up, bool english) => english ? (up ? "increase" : "decrease") : (up ? "증가" : "감소");

    public static string Grew(bool up, bool english) => english ? (up ? "rose" : "fell") : (up ? "늘었습니다" : "줄었습니다");
}
