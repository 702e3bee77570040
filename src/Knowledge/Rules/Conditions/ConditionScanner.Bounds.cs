using System.Text.RegularExpressions;
using Corpus.Quantities;

namespace Knowledge.Rules.Conditions;

/// <summary>The words that make an amount a bound: 이상, 이하, 미만, 초과, 이내, 까지, 넘는, 지나지 않은 after it; 최대, 최소, 한도 before it.</summary>
public static partial class ConditionScanner
{
    [GeneratedRegex(@"^(?:이상|이하|미만|초과|이내|내에|내로|내(?=\s|$)|안에|안으로|까지|범위\s?(?:에서|내|안)|[을를]\s?초과|[을를이가]?\s?넘[는은으게을어]|[이가]\s?지나지\s?않|[이가]\s?경과하지\s?않|[이가]?\s?(?:지난|경과한)|(?:[가-힣]{1,4}\s?)?에?만\s?(?=신청|선정|지원|참여|수행|응모|제출|접수|받을|인정))")]
    private static partial Regex ComparatorAfter();


    [GeneratedRegex(@"(?:최대|최고|상한|한도|최대한도|최소|최저|하한)\s*(?:연\s?)?$|\((?:최대|최소)[^()]{0,12}\)\s*$")]
    private static partial Regex ComparatorBefore();

    [GeneratedRegex(@"^\s?(?:추가\s?)?(?:완화|상향|확대|늘|높|낮|하향|축소|감축|줄|올|인상|인하|개선)")]
    private static partial Regex ChangeAfter();


    private static bool TryComparator(string text, Quantity amount, bool inParens, out Comparator comparator, out int boundEnd) =>
        TryComparator(text, amount, inParens, out comparator, out boundEnd, out _);

    private static bool TryComparator(string text, Quantity amount, bool inParens, out Comparator comparator, out int boundEnd, out string? comparatorText)
    {
        comparatorText = null;
        // Straight after the amount, after the bracket it closes, or after a bracket that follows it.
        foreach (var position in Positions(text, amount.End, inParens))
        {
            var rest = text[position..];
            var m = ComparatorAfter().Match(rest);
            if (m.Success && m.Value == "까지" && ChangeAfter().IsMatch(rest[m.Length..]))
            {
                continue;
            }
            if (m.Success)
            {
                comparator = ComparatorOf(m.Value);
                boundEnd = position + m.Length;
                comparatorText = m.Value;
                return true;
            }
        }
        var before = text[..amount.Start];
        var b = ComparatorBefore().Match(before);
        if (b.Success)
        {
            comparator = b.Value.Contains("최소", StringComparison.Ordinal) || b.Value.Contains("최저", StringComparison.Ordinal) || b.Value.Contains("하한", StringComparison.Ordinal)
                ? Comparator.AtLeast : Comparator.AtMost;
            boundEnd = amount.End;
            return true;
        }
        comparator = default;
        boundEnd = amount.End;
        return false;
    }

    private static IEnumerable<int> Positions(string text, int end, bool inParens)
    {
        var p = SkipSpaces(text, end);
        yield return p;
        if (inParens && p < text.Length && text[p] == ')')
        {
            yield return SkipSpaces(text, p + 1);
        }
        if (p < text.Length && text[p] == '(' && Close(text, p) is int close)
        {
            yield return SkipSpaces(text, close + 1);
        }
    }

    private static Comparator ComparatorOf(string word)
    {
        var w = word.Replace(" ", "", StringComparison.Ordinal);
        if (w.StartsWith("이상", StringComparison.Ordinal) || w.EndsWith("지난", StringComparison.Ordinal) || w.EndsWith("경과한", StringComparison.Ordinal))
        {
            return Comparator.AtLeast;
        }
        if (w.StartsWith("미만", StringComparison.Ordinal) || w.Contains("않", StringComparison.Ordinal))
        {
            return Comparator.Below;
        }
        // 1개 과제만 신청할 수 있음: only that many, at most.
        if (w.EndsWith('만'))
        {
            return Comparator.AtMost;
        }
        if (w.Contains("초과", StringComparison.Ordinal) || w.Contains('넘'))
        {
            return Comparator.Above;
        }
        return Comparator.AtMost;
    }


    private static int SkipSpaces(string text, int p)
    {
        while (p < text.Length && text[p] == ' ')
        {
            p++;
        }
        return p;
    }


    private static int? Close(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            depth += text[i] == '(' ? 1 : text[i] == ')' ? -1 : 0;
            if (depth == 0)
            {
                return i;
            }
        }
        return null;
    }
}
