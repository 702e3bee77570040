using System.Text.RegularExpressions;
using Knowledge.Dates;

namespace Answering.Understanding;

/// <summary>
/// What a schedule question wants of a date — a span (언제부터 언제까지, 기간), a start (시작일, since when), an end
/// (마감, 기한, 언제까지), a time of day (마감 시간, 몇 시) — and whether it also asks where (어디서 열려요, 어디로 내요,
/// how to file). The words that ask these (기간, 마감, 시간 …) are the asking, not the subject: a line that writes the
/// span answers "협약 기간" though it never writes 기간.
/// </summary>
public sealed partial record ScheduleAsk(DateShape Shapes, bool Place)
{
    /// <summary>Terms that ask for a date's shape rather than name what is dated.</summary>
    private static readonly HashSet<string> ShapeWords =
    [
        "기간", "일정", "시기", "날짜", "일자", "시점", "시작", "시작일", "개시", "마감", "마감일", "기한", "시한", "종료", "만료", "시간", "시각", "장소",
    ];

    public static ScheduleAsk Read(Question question)
    {
        var text = question.Text;
        var shapes = DateShape.None;
        if (SpanWord().IsMatch(text))
        {
            shapes |= DateShape.Span;
        }
        if (StartWord().IsMatch(text))
        {
            shapes |= DateShape.Start;
        }
        if (EndWord().IsMatch(text))
        {
            // A deadline is a day and the hour the door closes (3월 25일(화) 18시까지).
            shapes |= DateShape.End | DateShape.Hour;
        }
        if (HourWord().IsMatch(text))
        {
            shapes |= DateShape.Hour;
        }
        return new ScheduleAsk(shapes, PlaceWord().IsMatch(text) || question.IsEnglish && PlaceWord().IsMatch(question.Original));
    }

    public static bool IsShapeWord(string term) => ShapeWords.Contains(term);

    /// <summary>How many of the asked shapes (and the place) a passage's dates and words give.</summary>
    public int Met(DateShape written, bool writesPlace) =>
        System.Numerics.BitOperations.PopCount((uint)(Shapes & written)) + (Place && writesPlace ? 1 : 0);

    [GeneratedRegex(@"언제부터\s?언제까지|기간|부터.{0,12}까지")]
    private static partial Regex SpanWord();

    [GeneratedRegex(@"언제부터|시작|개시|부터")]
    private static partial Regex StartWord();

    [GeneratedRegex(@"언제까지|까지(?:인가|예요|에요|야|고|요|죠|입니까)|마감|기한|시한|종료|끝나|만료")]
    private static partial Regex EndWord();

    [GeneratedRegex(@"몇\s?시|시간|시각")]
    private static partial Regex HourWord();

    /// <summary>Where it is held or handed in: 어디서, 어디로 내요, 장소, 어느 시스템, 어떻게 제출/신청.</summary>
    [GeneratedRegex(@"어디\s?(?:서|에서|로|에|으로)|장소|어느\s?(?:시스템|사이트|곳)|어떻게.{0,12}(?:제출|신청|접수)|(?:제출|신청|접수).{0,8}어떻게|(?i:which system|through what|\bwhere\b)")]
    private static partial Regex PlaceWord();
}
