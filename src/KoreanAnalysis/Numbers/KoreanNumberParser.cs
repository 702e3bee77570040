using System.Text;

namespace KoreanAnalysis.Numbers;

/// <summary>
/// Reads a Korean number written with Arabic digits, Hangul numerals (영…구) and Hangul powers of ten
/// (십, 백, 천, 만, 억, 조, 경, 해), as Nori's KoreanNumberFilter does: 삼천2백2십삼 → 3223, 1,306 → 1306.
/// </summary>
internal sealed class KoreanNumberParser(string number)
{
    private int position;

    /// <summary>The normalized number, or <paramref name="number"/> itself when it cannot be read.</summary>
    public static string Normalize(string number)
    {
        try
        {
            return new KoreanNumberParser(number).ParseNumber()?.ToPlainString() ?? number;
        }
        catch (FormatException)
        {
            return number;
        }
    }

    public static bool IsNumeral(char c) => IsArabicNumeral(c) || HangulNumeralValue(c) >= 0 || Exponent(c) > 0;

    public static bool IsNumeralPunctuation(char c) => IsDecimalPoint(c) || IsThousandSeparator(c);

    private static bool IsArabicNumeral(char c) => c is >= '0' and <= '9' or >= '０' and <= '９';

    private static int ArabicNumeralValue(char c) => c <= '9' ? c - '0' : c - '０';

    private static bool IsDecimalPoint(char c) => c is '.' or '．';

    private static bool IsThousandSeparator(char c) => c is ',' or '，';

    private static int HangulNumeralValue(char c) => c switch
    {
        '영' => 0, '일' => 1, '이' => 2, '삼' => 3, '사' => 4, '오' => 5, '육' => 6, '칠' => 7, '팔' => 8, '구' => 9,
        _ => -1,
    };

    private static int Exponent(char c) => c switch
    {
        '십' => 1, '백' => 2, '천' => 3, '만' => 4, '억' => 8, '조' => 12, '경' => 16, '해' => 20,
        _ => 0,
    };

    // A number is a sum of pairs (medium number × large power), each medium number a sum of (basic × small power).
    private DecimalNumber? ParseNumber() => Sum(ParseLargePair);

    private DecimalNumber? ParseMediumNumber() => Sum(ParseMediumPair);

    private static DecimalNumber? Sum(Func<DecimalNumber?> parsePart)
    {
        if (parsePart() is not { } result)
        {
            return null;
        }

        var sum = DecimalNumber.Zero;
        for (DecimalNumber? part = result; part is { } value; part = parsePart())
        {
            sum = sum.Add(value);
        }

        return sum;
    }

    private DecimalNumber? ParseLargePair() => Pair(ParseMediumNumber(), ParsePowerOfTen(large: true));

    private DecimalNumber? ParseMediumPair() => Pair(ParseBasicNumber(), ParsePowerOfTen(large: false));

    private static DecimalNumber? Pair(DecimalNumber? first, DecimalNumber? second) => (first, second) switch
    {
        (null, null) => null,
        (_, null) => first,
        (null, _) => second,
        _ => first.Value.Multiply(second.Value),
    };

    private DecimalNumber? ParseBasicNumber()
    {
        var digits = new StringBuilder();
        for (; position < number.Length; position++)
        {
            var c = number[position];
            if (IsArabicNumeral(c))
            {
                digits.Append((char)('0' + ArabicNumeralValue(c)));
            }
            else if (HangulNumeralValue(c) is var value and >= 0)
            {
                digits.Append((char)('0' + value));
            }
            else if (IsDecimalPoint(c))
            {
                digits.Append('.');
            }
            else if (!IsThousandSeparator(c))
            {
                break;
            }
        }

        if (digits.Length == 0)
        {
            return null;
        }

        // Java's BigDecimal rejects "1.2.3"; Nori then keeps the text as it is.
        return DecimalNumber.Parse(digits.ToString()) ?? throw new FormatException(digits.ToString());
    }

    private DecimalNumber? ParsePowerOfTen(bool large)
    {
        if (position >= number.Length)
        {
            return null;
        }

        var power = Exponent(number[position]);
        if (large ? power > 3 : power is >= 1 and <= 3)
        {
            position++;
            return DecimalNumber.PowerOfTen(power);
        }

        return null;
    }
}
