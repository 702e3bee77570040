namespace Corpus.Quantities;

/// <summary>A number written in text with its unit (억원, 명, 건, 개, %, km, km², 년, 배…), where it stands in the text.</summary>
public readonly record struct Quantity(decimal Value, string Unit, int Start, int Length)
{
    public int End => Start + Length;
}
