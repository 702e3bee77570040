namespace KernelPlugins.Grounding;

/// <summary>Amounts written in Hangul numerals (팔백억, 일조 이천억, 천억), so a model cannot spell a number out to slip past the guard.</summary>
internal static class HangulNumerals
{
    private const string Digits = "일이삼사오육칠팔구";

    public static (double Value, double Precision)? Parse(string words)
    {
        double total = 0, group = 0, place = double.MaxValue, precision = 1;
        double? pending = null;
        foreach (var c in words)
        {
            if (Digits.IndexOf(c) is var digit and >= 0)
            {
                pending = digit + 1;
            }
            else if (NumberReader.SmallUnit(c) is { } small)
            {
                group += (pending ?? 1) * small;
                place = Math.Min(place, small);
                pending = null;
            }
            else if (NumberReader.BigUnit(c) is { } big)
            {
                if (pending is { } units)
                {
                    group += units;
                    place = 1;
                }
                total += (group == 0 ? 1 : group) * big;
                precision = (place == double.MaxValue ? 1 : place) * big;
                group = 0;
                place = double.MaxValue;
                pending = null;
            }
        }
        return total > 0 ? (total, precision) : null;
    }
}
