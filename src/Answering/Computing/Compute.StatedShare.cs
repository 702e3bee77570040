using Answering.Composing;
using Answering.Documents;
using Corpus.Quantities;
using Knowledge.Tables;

namespace Answering.Computing;

public static partial class Compute
{
    /// <summary>
    /// A statistics table often states the share it implies in a row of its own ('26년 상반기 비중 | 24.4 | 38.1 …):
    /// when that row agrees with the share computed, the answer cites it, so the reader sees the document says so too.
    /// </summary>
    private static void SayStatedShare(DocumentMatch match, Operand part, Calculation share, AnswerDraft draft)
    {
        if (part.SourceTable is not { } table || part.Row is not { } partRow || part.Column is not { } column)
        {
            return;
        }
        var stated = table.Rows.FirstOrDefault(r => r != partRow && r.Terms.Contains(ShareTerm)
            && (r.Years.Count == 0 || partRow.Years.Count == 0 || r.Years.SequenceEqual(partRow.Years))
            && table.Cell(r, column) is { Value: double value } && Math.Abs(value - share.Value) < 0.15);
        if (stated is null)
        {
            return;
        }
        // A row named for a share holds percentages, whatever unit the table's title lists first.
        var said = Operand.FromCell(match.Document, table, stated, column) with { Unit = Units.Percent };
        var marker = said.Cite(draft);
        draft.AddFigure(said.Label, said.Value, said.Unit, null, [new Contract.FigureInput(said.Label, said.Value, said.Unit.Symbol, marker)]);
        draft.Say(draft.English
            ? $"The table states it too: {said.Label} {said.Display} [{marker}]."
            : $"표에도 {said.Label} {Josa.With(said.Display, "으로/로")} 나와 있습니다 [{marker}].");
    }

    /// <summary>The word the lexicon reads every name of a share as (비중, 구성비, 점유율, 비율).</summary>
    private static readonly string ShareTerm = Knowledge.Language.Lexicon.Canonical("비중");
}
