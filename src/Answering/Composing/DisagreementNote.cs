using Answering.Computing;
using Answering.Contract;
using Knowledge.Documents;
using Knowledge.Facts;

namespace Answering.Composing;

/// <summary>
/// Where an answer states a figure the document writes otherwise elsewhere (the text says 1,284명, the table 1,248),
/// it says so and cites the other place: the document does not tell which is right.
/// </summary>
public static class DisagreementNote
{
    public static void Add(AnswerDraft draft, DocumentKnowledge document)
    {
        foreach (var disagreement in document.Disagreements)
        {
            var (text, cell) = Sides(document, disagreement);
            var statesText = States(draft, text);
            var statesCell = States(draft, cell);
            if (statesText == statesCell)
            {
                continue;
            }
            var other = statesText ? cell : text;
            var marker = other.Cite(draft);
            // The other place's figure is one the answer states too: listed with its citation, as every figure is.
            draft.AddFigure(other.Label, other.Value, other.Unit, null, [new FigureInput(other.Label, other.Value, other.Unit.Symbol, marker)]);
            draft.Say(draft.English
                ? $"Note that the document also gives this figure as {other.Display} ({other.Label}) [{marker}]; it does not say which is right."
                : $"다만 문서의 다른 곳에는 {other.Label} {Josa.With(other.Display, "으로/로")} 적혀 있어 서로 다릅니다 [{marker}]. 어느 쪽이 맞는지는 문서만으로 알 수 없어요.");
        }
    }

    /// <summary>The two statements of a disagreement as operands: the sentence's figure and the table's cell.</summary>
    public static (Operand Text, Operand Cell) Sides(DocumentKnowledge document, Disagreement disagreement)
    {
        var figure = disagreement.Text;
        var text = Operand.FromText(figure, Labels.Of(figure), Quote.Sentence(figure.Passage.Text, figure.Quantity.Start));
        var cell = Operand.FromCell(document, disagreement.Table, disagreement.Row, disagreement.Column);
        return (text, cell);
    }

    /// <summary>Whether the answer states this figure: it cites its line and writes its value.</summary>
    private static bool States(AnswerDraft draft, Operand operand) =>
        draft.Citations.Any(c => c.Doc == operand.Doc && c.Lines.From <= operand.Line && operand.Line <= c.Lines.To)
        && (draft.Text.Contains(operand.Display, StringComparison.Ordinal) || draft.Text.Contains(Amounts.Number(operand.Value), StringComparison.Ordinal));
}
