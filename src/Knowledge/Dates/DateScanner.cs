using System.Globalization;
using System.Text.RegularExpressions;

namespace Knowledge.Dates;

/// <summary>Finds the dates, months, years and times Korean releases write, in all their usual spellings.</summary>
public static partial class DateScanner
{
    private const string Weekday = @"(?:\s?\([월화수목금토일](?:요일)?\))?";

    [GeneratedRegex(@"(?<y>(?:19|20)\d{2})\s?년\s?(?<m>\d{1,2})\s?월\s?(?<d>\d{1,2})\s?일" + Weekday
        + @"|(?<y>(?:19|20)\d{2})\.\s?(?<m>\d{1,2})\.\s?(?<d>\d{1,2})\.?" + Weekday
        + @"|'(?<yy>\d{2})\.\s?(?<m>\d{1,2})\.\s?(?<d>\d{1,2})\.?" + Weekday
        + @"|(?<y>(?:19|20)\d{2})\s?년\s?(?<m>\d{1,2})\s?월"
        + @"|'(?<yy>\d{2})\s?년\s?(?<m>\d{1,2})\s?월"
        + @"|'(?<yy>\d{2})\.\s?(?<m>\d{1,2})\s?월"
        + @"|'(?<yy>\d{2})\.(?<m>\d{1,2})(?![\d.])"
        + @"|(?<![\d.'])(?<m>\d{1,2})\s?월\s?(?<d>\d{1,2})\s?일" + Weekday
        + @"|(?<![\d.,'])(?<m>\d{1,2})\.\s?(?<d>\d{1,2})\.?(?=\s?\([월화수목금토일]\))" + Weekday
        + @"|(?<=[~∼]\s?)(?<m>\d{1,2})\.(?<d>\d{1,2})(?![\d%])"
        + @"|(?<![\d.,'])(?<m>\d{1,2})\.(?<d>\d{1,2})(?=\s?[~∼]\s?['\d])"
        + @"|(?<=\()(?<m>\d{1,2})\.(?<d>\d{1,2})(?=\))"
        + @"|(?<=(?:[~∼]|부터)\s?)(?<d>\d{1,2})\s?일" + Weekday
        + @"|(?<![\d.'])(?<m>\d{1,2})\s?월(?!\s?\d)"
        + @"|(?<![\d.,])(?<y>(?:19|20)\d{2})\s?년(?:도)?"
        + @"|'(?<yy>\d{2})(?:\s?년(?:도)?)?(?![\d.])",
        RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"(?:(?<ampm>오전|오후)\s?)?(?<h>\d{1,2})\s?시(?:\s?(?<mi>\d{1,2})\s?분)?(?![간설도장범행작점스기민공군청대])|(?<![\d.])(?<h>\d{1,2}):(?<mi>\d{2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex TimePattern();

    public static IReadOnlyList<DateMention> Scan(string text)
    {
        var found = new List<DateMention>();
        if (string.IsNullOrEmpty(text))
        {
            return found;
        }
        foreach (Match m in DatePattern().Matches(text))
        {
            int? year = m.Groups["y"].Success ? Parse(m.Groups["y"].Value) : m.Groups["yy"].Success ? 2000 + Parse(m.Groups["yy"].Value) : null;
            int? month = m.Groups["m"].Success ? Parse(m.Groups["m"].Value) : null;
            int? day = m.Groups["d"].Success ? Parse(m.Groups["d"].Value) : null;
            if (month is < 1 or > 12 || day is < 1 or > 31)
            {
                continue;
            }
            found.Add(new DateMention(m.Index, m.Length, m.Value, year, month, day, null, null));
        }
        foreach (Match m in TimePattern().Matches(text))
        {
            if (found.Any(f => m.Index < f.End && f.Start < m.Index + m.Length))
            {
                continue;
            }
            var hour = Parse(m.Groups["h"].Value);
            if (m.Groups["ampm"].Value == "오후" && hour < 12)
            {
                hour += 12;
            }
            int? minute = m.Groups["mi"].Success ? Parse(m.Groups["mi"].Value) : null;
            if (hour > 24 || minute > 59)
            {
                continue;
            }
            found.Add(new DateMention(m.Index, m.Length, m.Value, null, null, null, hour, minute));
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>The calendar years a text names: 2024년, '22, '21~'23 (both ends), 2019-2023.</summary>
    public static IReadOnlyList<int> Years(string text) =>
        [.. Scan(text).Where(d => d.Year is not null).Select(d => d.Year!.Value).Distinct()];

    private static int Parse(string s) => int.Parse(s, CultureInfo.InvariantCulture);
}
