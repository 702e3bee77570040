namespace KernelPlugins.Grounding;

/// <summary>What a number measures, as far as comparing it goes.</summary>
public enum NumberKind
{
    /// <summary>A bare number or a count (명, 건, 개, 년 …): compared as written.</summary>
    Plain,

    /// <summary>An amount of money, normalised to won (1,812억 = 1812억원 = KRW 181.2 billion).</summary>
    Money,

    Percent,

    /// <summary>A telephone number, compared digit for digit.</summary>
    Phone,
}

/// <summary>
/// One number found in a text. <see cref="Written"/> is the numeral as written (1,812억 → 1812);
/// <see cref="Value"/> is normalised by its unit (1,812억 → 181,200,000,000 won);
/// <see cref="Precision"/> is the value of the last written digit, so a rounded statement can be recognised.
/// </summary>
public sealed record NumberMention(string Text, NumberKind Kind, double Written, double Value, double Precision, bool IsOrdinal)
{
    /// <summary>Significant digits as written: "1조" has one, "1.8조" two, "1,812억" four.</summary>
    public int SignificantDigits => Value <= 0 || Precision <= 0 ? 1 : (int)Math.Floor(Math.Log10(Value / Precision) + 1e-9) + 1;

    /// <summary>True when this mention states <paramref name="value"/> (in its unit), exactly or rounded to the digits written (two or more).</summary>
    public bool StatesValue(double value) => Matches(Value, value, Precision);

    /// <summary>True when the numeral as written states <paramref name="numeral"/>, e.g. a table cell whose unit is in the table's header.</summary>
    public bool StatesNumeral(double numeral) => Matches(Written, numeral, Precision / Scale);

    private double Scale => Written == 0 ? 1 : Value / Written;

    private bool Matches(double stated, double candidate, double precision)
    {
        var exact = Math.Abs(stated - candidate) <= Math.Max(Math.Abs(candidate), 1) * 1e-9;
        return exact || (SignificantDigits >= 2 && Math.Abs(stated - candidate) <= precision / 2 * (1 + 1e-9));
    }
}
