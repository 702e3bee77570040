namespace Knowledge.Dates;

/// <summary>
/// A date, month, year or time as a text writes it (<c>2024년 2월 21일(수)</c>, <c>'24.3.11</c>, <c>3.22(금)</c>, <c>6월 중</c>,
/// <c>'22년</c>, <c>18시</c>), with the parts it states. <see cref="Text"/> is exactly what the text says.
/// </summary>
public sealed record DateMention(int Start, int Length, string Text, int? Year, int? Month, int? Day, int? Hour, int? Minute)
{
    public int End => Start + Length;

    public bool IsYearOnly => Year is not null && Month is null && Day is null && Hour is null;

    public bool HasDay => Month is not null && Day is not null;

    /// <summary>Whether this names the same day (or month) as <paramref name="other"/>, a missing year matching any.</summary>
    public bool SameDay(DateMention other) =>
        Month == other.Month && Day == other.Day && (Year is null || other.Year is null || Year == other.Year);
}
