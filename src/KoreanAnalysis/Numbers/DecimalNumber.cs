using System.Globalization;
using System.Numerics;

namespace KoreanAnalysis.Numbers;

/// <summary>
/// An exact decimal (unscaled integer × 10^-scale), the little of Java's BigDecimal that Nori's number
/// normalization needs: Korean numerals reach 10^20 (해), beyond <see cref="decimal"/>.
/// </summary>
internal readonly record struct DecimalNumber(BigInteger Unscaled, int Scale)
{
    public static DecimalNumber Zero => new(BigInteger.Zero, 0);

    public static DecimalNumber PowerOfTen(int exponent) => new(BigInteger.Pow(10, exponent), 0);

    /// <summary>Parses digits with at most one decimal point, as <c>new BigDecimal(String)</c> does for them.</summary>
    public static DecimalNumber? Parse(string digits)
    {
        var point = digits.IndexOf('.');
        if (point >= 0 && digits.IndexOf('.', point + 1) >= 0)
        {
            return null;
        }

        var integer = point < 0 ? digits : digits.Remove(point, 1);
        if (integer.Length == 0)
        {
            return null;
        }

        return new DecimalNumber(BigInteger.Parse(integer, NumberStyles.None, CultureInfo.InvariantCulture),
            point < 0 ? 0 : digits.Length - point - 1);
    }

    public DecimalNumber Add(DecimalNumber other)
    {
        var scale = Math.Max(Scale, other.Scale);
        return new DecimalNumber(Rescale(scale) + other.Rescale(scale), scale);
    }

    public DecimalNumber Multiply(DecimalNumber other) => new(Unscaled * other.Unscaled, Scale + other.Scale);

    /// <summary>Java's <c>stripTrailingZeros().toPlainString()</c>.</summary>
    public string ToPlainString()
    {
        var unscaled = Unscaled;
        var scale = Scale;
        while (scale > 0 && !unscaled.IsZero && unscaled % 10 == 0)
        {
            unscaled /= 10;
            scale--;
        }

        if (unscaled.IsZero)
        {
            return "0";
        }

        if (scale <= 0)
        {
            return (unscaled * BigInteger.Pow(10, -scale)).ToString(CultureInfo.InvariantCulture);
        }

        var negative = unscaled.Sign < 0;
        var text = BigInteger.Abs(unscaled).ToString(CultureInfo.InvariantCulture).PadLeft(scale + 1, '0');
        return (negative ? "-" : "") + text[..^scale] + "." + text[^scale..];
    }

    private BigInteger Rescale(int scale) => Unscaled * BigInteger.Pow(10, scale - Scale);
}
