namespace KernelPlugins.Grounding;

/// <summary>
/// Reads one number that starts at a digit, with the Korean units that scale it (1조 812억, 1천8백억, 3만)
/// and what follows it (원, %, billion, 단계, 명 …). <see cref="End"/> is where the number and its unit end.
/// </summary>
internal sealed class AmountScanner(string text, int start)
{
    private static readonly string[] PercentSigns = ["%", "％", "퍼센트", "percent", "per cent"];
    private static readonly (string Word, double Scale)[] EnglishScales =
        [("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12), ("bn", 1e9), ("mn", 1e6)];
    private static readonly string[] OrdinalSuffixes = ["단계", "차", "번째", "위", "호", "st", "nd", "rd", "th"];
    private static readonly string[] OrdinalPrefixes = ["phase", "stage", "step"];
    private static readonly string[] CountUnits = ["명", "건", "개", "곳", "년", "people", "jobs", "companies"];

    /// <summary>1,800억 may be 1,812억 rounded: an amount's trailing zeros are not significant. A count's or a year's are.</summary>
    private double _roundedZeros = 1;

    public int End { get; private set; }

    public NumberMention Scan()
    {
        var position = start;
        double total = 0, group = 0, precision = 1, lastScale = 1;
        var koreanScaled = false;
        while (true)
        {
            var numeral = ReadNumeral(ref position);
            _roundedZeros = RoundedZeros(numeral);
            var term = NumberReader.ParseNumeral(numeral);
            var termPrecision = NumberReader.PrecisionOf(numeral);
            var multiplied = position < text.Length && NumberReader.SmallUnit(text[position]) is not null;
            if (multiplied)
            {
                var small = NumberReader.SmallUnit(text[position++])!.Value;
                term *= small;
                termPrecision *= small;
            }
            group += term;
            precision = termPrecision;
            if (multiplied && position < text.Length && char.IsAsciiDigit(text[position]))
            {
                continue;
            }

            var unitAt = BigUnitAt(position);
            if (unitAt < 0)
            {
                break;
            }
            var scale = NumberReader.BigUnit(text[unitAt])!.Value;
            total += group * scale;
            precision *= scale;
            lastScale = scale;
            group = 0;
            koreanScaled = true;
            position = unitAt + 1;
            var next = SkipOneSpace(position);
            if (next < text.Length && char.IsAsciiDigit(text[next]) && GroupFollows(next))
            {
                position = next;
                continue;
            }
            break;
        }
        total += group;
        End = position;
        return Classify(total, lastScale, precision, koreanScaled);
    }

    private NumberMention Classify(double total, double scale, double precision, bool koreanScaled)
    {
        var after = SkipOneSpace(End);
        var written = text[start..End];
        if (!koreanScaled && StartsWithAny(after, PercentSigns) is { } percent)
        {
            End = after + percent.Length;
            return new NumberMention(text[start..End], NumberKind.Percent, total, total, precision * _roundedZeros, false);
        }
        if (!koreanScaled && StartsWithAny(after, EnglishScales.Select(s => s.Word)) is { } word)
        {
            var englishScale = EnglishScales.First(s => s.Word == word).Scale;
            End = after + word.Length;
            return new NumberMention(text[start..End], NumberKind.Money, total, total * englishScale, precision * englishScale * _roundedZeros, false);
        }
        if (StartsWithAny(after, CountUnits) is not null)
        {
            return new NumberMention(written, NumberKind.Plain, total, total, precision, false);
        }
        if (koreanScaled || StartsWithAny(after, ["원"]) is not null)
        {
            return new NumberMention(written, NumberKind.Money, total / scale, total, precision * _roundedZeros, false);
        }
        var ordinal = StartsWithAny(AfterOrdinalList(End), OrdinalSuffixes) is not null || EndsWithAny(start, OrdinalPrefixes);
        return new NumberMention(written, NumberKind.Plain, total, total, precision, ordinal);
    }

    /// <summary>In "1·2단계" or "1, 2단계" the suffix after the list makes every number of it an ordinal.</summary>
    private int AfterOrdinalList(int position)
    {
        var next = position;
        while (next < text.Length && text[next] is '·' or ',' or '~' or '-' or '–' or '/' or ' ')
        {
            next++;
        }
        if (next == position || next >= text.Length || !char.IsAsciiDigit(text[next]))
        {
            return position;
        }
        while (next < text.Length && char.IsAsciiDigit(text[next]))
        {
            next++;
        }
        return AfterOrdinalList(next);
    }

    private static double RoundedZeros(string numeral)
    {
        if (numeral.Contains('.'))
        {
            return 1;
        }
        var digits = numeral.Replace(",", "", StringComparison.Ordinal);
        var zeros = digits.Length - digits.TrimEnd('0').Length;
        return zeros == digits.Length ? 1 : Math.Pow(10, zeros);
    }

    private string ReadNumeral(ref int position)
    {
        var from = position;
        while (position < text.Length && (char.IsAsciiDigit(text[position])
            || (text[position] is ',' or '.' && position + 1 < text.Length && char.IsAsciiDigit(text[position + 1]) && position > from)))
        {
            position++;
        }
        return text[from..position];
    }

    /// <summary>Where a 조/억/만 right after the number is (억 and 조 may follow one space), or -1.</summary>
    private int BigUnitAt(int position)
    {
        if (position < text.Length && NumberReader.BigUnit(text[position]) is not null)
        {
            return position;
        }
        var spaced = SkipOneSpace(position);
        return spaced < text.Length && text[spaced] is '조' or '억' ? spaced : -1;
    }

    private bool GroupFollows(int position)
    {
        ReadNumeral(ref position);
        if (position < text.Length && NumberReader.SmallUnit(text[position]) is not null)
        {
            position++;
        }
        return BigUnitAt(position) >= 0;
    }

    private int SkipOneSpace(int position) => position < text.Length && text[position] == ' ' ? position + 1 : position;

    private string? StartsWithAny(int position, IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            if (string.Compare(text, position, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (position + word.Length >= text.Length || !char.IsAsciiLetter(word[^1]) || !char.IsAsciiLetter(text[position + word.Length])))
            {
                return word;
            }
        }
        return null;
    }

    private bool EndsWithAny(int position, IEnumerable<string> words)
    {
        var before = text.AsSpan(0, position).TrimEnd(' ');
        foreach (var word in words)
        {
            if (before.EndsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
