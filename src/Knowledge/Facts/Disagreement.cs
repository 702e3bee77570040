using Knowledge.Figures;
using Knowledge.Tables;

namespace Knowledge.Facts;

/// <summary>
/// A figure the running text writes that a table of the same document states otherwise: the same row (전남, 누계,
/// (주)○○푸드), a column the sentence speaks of, the same period and unit, and a value near but not equal
/// (139.5억원 in the text, 13,850백만원 in the table). The document does not say which is right.
/// </summary>
public sealed record Disagreement(TextFigure Text, TableModel Table, RowModel Row, ColumnModel Column, double TableValue);
