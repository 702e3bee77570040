using Answering.Computing;
using Answering.Documents;
using Knowledge.Language;

namespace Answering.Answerers;

public static partial class FigureAnswerer
{
    /// <summary>
    /// "핵심광물 비축기지 확충 총사업비에서 내년 예산 빼면": the subject is written once, before the first part; a second part
    /// that names no row of the table ("내년 예산") is of the same row, not of the table's total.
    /// </summary>
    private static Operand? SubjectWrittenOnce(DocumentMatch match, Operand? first, Operand? second, string secondPart)
    {
        if (first is not { SourceTable: { } table, Row: { IsTotal: false } row } || second is not { Column: { } column } || second.SourceTable != table || second.Row == row
            || second.Row is { IsTotal: false } || TermAnalyzer.Terms(secondPart).Any(t => Lexicon.Canonical(t) == WholeTerm))
        {
            return second;
        }
        var part = TextNormalizer.Compact(secondPart);
        if (table.Rows.Any(r => r.Name.Length >= 2 && part.Contains(TextNormalizer.Compact(r.Name), StringComparison.Ordinal)))
        {
            return second;
        }
        return table.Cell(row, column).Value is null ? second : Operand.FromCell(match.Document, table, row, column);
    }

    /// <summary>The word the lexicon reads every name of a whole as (합계, 전체, 총액, 모두 …): a part that asks the total.</summary>
    private static readonly string WholeTerm = Lexicon.Canonical("합계");
}
