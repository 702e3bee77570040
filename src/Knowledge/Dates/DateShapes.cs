using System.Text.RegularExpressions;

namespace Knowledge.Dates;

/// <summary>What a text's dates say of a schedule: a span of two dates, a start, an end, a time of day.</summary>
[Flags]
public enum DateShape
{
    None = 0,

    /// <summary>Two dates joined as one span: 3월 11일(월)부터 3월 22일(금)까지, '24.3.11 ~ 3.22, 1단계('18~'20년).</summary>
    Span = 1,

    /// <summary>A date something starts from: 4월 1일(금)부터, ('22.4.1~), '23년 6월 이후.</summary>
    Start = 2,

    /// <summary>A date something ends by: 7월 3일(수) 18시까지, 마감일('24.3.22), the far end of a span.</summary>
    End = 4,

    /// <summary>A time of day: 18시, 18:00, 오후 2시.</summary>
    Hour = 8,
}

/// <summary>Reads the <see cref="DateShape"/>s of a text from its <see cref="DateMention"/>s and the words around them.</summary>
public static partial class DateShapes
{
    public static DateShape Of(string text, IReadOnlyList<DateMention> dates)
    {
        var shape = DateShape.None;
        var calendar = dates.Where(d => d.Year is not null || d.Month is not null || d.Day is not null).ToList();
        if (dates.Any(d => d.Hour is not null))
        {
            shape |= DateShape.Hour;
        }
        for (var i = 0; i < calendar.Count; i++)
        {
            var date = calendar[i];
            var after = text[date.End..Math.Min(text.Length, date.End + 16)];
            var before = text[Math.Max(0, date.Start - 6)..date.Start];
            if (i + 1 < calendar.Count && Joint().IsMatch(text[Math.Min(date.End, calendar[i + 1].Start)..calendar[i + 1].Start]))
            {
                shape |= DateShape.Span | DateShape.Start | DateShape.End;
            }
            if (From().IsMatch(after))
            {
                shape |= DateShape.Start;
            }
            if (Until().IsMatch(after) || Deadline().IsMatch(before))
            {
                shape |= DateShape.End;
            }
        }
        return shape;
    }

    /// <summary>What joins the two dates of a span: 부터, ~, a dash, with the first date's weekday between.</summary>
    [GeneratedRegex(@"^\s*(?:\([^)]*\))?\s*(?:부터|~|∼|〜|-|–)\s*$")]
    private static partial Regex Joint();

    /// <summary>A start with no end written: 부터, 이후, or a tilde that closes the bracket ('22.4.1~).</summary>
    [GeneratedRegex(@"^\s*(?:\([월화수목금토일](?:요일)?\))?\s*(?:부터|이후|~\s*(?:\)|,|$))")]
    private static partial Regex From();

    /// <summary>An end: 까지, after the weekday and the hour it may carry (3.22(금) 18:00까지).</summary>
    [GeneratedRegex(@"^\s*(?:\([월화수목금토일](?:요일)?\))?\s*(?:(?:오전|오후)?\s?\d{1,2}\s?시(?:\s?\d{1,2}\s?분)?|\d{1,2}:\d{2})?\s*까지")]
    private static partial Regex Until();

    /// <summary>A date named as a deadline: 마감일('24.3.22), 기한: 7.14.</summary>
    [GeneratedRegex(@"(?:마감|기한|시한|만료)(?:일|일자)?\s?[(:：]?\s*$")]
    private static partial Regex Deadline();
}
