namespace Corpus.Quantities;

/// <summary>
/// A number as a text writes it, with its unit and where it stands: <c>1,134억원</c>, <c>5천만원</c> (5,000만원),
/// <c>△4.4</c> (−4.4), <c>30만㎡</c>. <see cref="Value"/> is in <see cref="Unit"/>, which may be <see cref="Units.None"/>.
/// </summary>
public readonly record struct Quantity(double Value, Unit Unit, int Start, int Length)
{
    public int End => Start + Length;

    /// <summary>The amount in another unit of the same family.</summary>
    public double In(Unit target) => Unit.Convert(Value, target);
}
