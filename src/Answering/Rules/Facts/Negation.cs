using System.Text.RegularExpressions;

namespace Answering.Rules.Facts;

/// <summary>Whether what a question says at a position is denied in its clause (…은 안 했고, …는 아닙니다, …이 없어요, …한 적은 없어요).</summary>
public static partial class Negation
{
    private const int Window = 24;

    [GeneratedRegex(@"[,.?!;]|(?<=[가-힣])(?:는데|지만|고|며)\s")]
    private static partial Regex ClauseEnd();

    [GeneratedRegex(@"않|없|아니|아닙|아닌|(?<![가-힣])안\s|(?<![가-힣])안(?=했|해|됐|돼|함|하)|못\s|못하|모르")]
    private static partial Regex Denial();

    public static bool IsDenied(string text, int position)
    {
        var end = Math.Min(text.Length, position + Window);
        var stop = ClauseEnd().Match(text, position, end - position);
        var clause = text[position..(stop.Success ? stop.Index + stop.Length : end)];
        return Denial().IsMatch(clause);
    }
}
