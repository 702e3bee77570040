using Corpus.Quantities;

namespace Corpus.Parsing;

/// <summary>
/// The figure a table cell states: <c>1,134</c>, <c>△4.4</c> (−4.4), <c>+1.5</c>, <c>75 이하</c>, <c>30만㎡ 이상</c>, <c>4년</c>.
/// A cell that does not open with its figure (<c>최대 2년</c>, <c>'23.7~'25.12</c>, <c>미정</c>, <c>-</c>) states none.
/// </summary>
public sealed record CellValue(double Value, string? WrittenUnit)
{
    public static CellValue? Read(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || !(char.IsDigit(trimmed[0]) || trimmed.Length > 1 && trimmed[0] is '△' or '▲' or '▼' or '+' or '-' && char.IsDigit(trimmed[1])))
        {
            return null;
        }
        var quantities = QuantityScanner.Scan(trimmed);
        if (quantities.Count == 0 || quantities[0].Start > 1)
        {
            return null;
        }
        var first = quantities[0];
        return new CellValue(first.Value, first.Unit == Units.None ? null : first.Unit.Symbol);
    }
}
