using Answering.Composing;
using Answering.Computing;
using Answering.Documents;
using Knowledge.Figures;

namespace Answering.Answerers;

public static partial class FigureAnswerer
{
    // "'25년 바우처 예산(470억원) 대비 175억원 증액": the base, then by how much it changed.
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*\)?\s*(?:대비|보다|에\s?비해)\s*")]
    private static partial System.Text.RegularExpressions.Regex OverBase();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:\([^)]*\))?\s*(?:이|가|을|를)?\s*(증액|증가|늘|확대|상승|감액|감소|줄|축소|하락)")]
    private static partial System.Text.RegularExpressions.Regex ChangeWordAfter();

    /// <summary>
    /// A sentence that gives only a base and the change over it ('25년 예산(470억원) 대비 175억원 증액): the amount it
    /// changed to, when the document states it elsewhere (바우처 예산 645억원), paired with the base. Null when no stated
    /// figure equals base plus change, so nothing is computed from a figure the document does not write.
    /// </summary>
    private static List<Operand>? ChangeOverBase(DocumentMatch match, TextFigure baseFigure)
    {
        var text = baseFigure.Passage.Text;
        var over = OverBase().Match(text[baseFigure.Quantity.End..]);
        if (!over.Success)
        {
            return null;
        }
        var start = baseFigure.Quantity.End + over.Length;
        var change = match.Document.FiguresIn(baseFigure.Passage).FirstOrDefault(f => f.Quantity.Start == start && f.Unit.SameFamily(baseFigure.Unit));
        if (change is null || ChangeWordAfter().Match(text[change.Quantity.End..]) is not { Success: true } word)
        {
            return null;
        }
        var falls = word.Groups[1].Value is "감액" or "감소" or "줄" or "축소" or "하락";
        var expected = baseFigure.Value + (falls ? -1 : 1) * change.Unit.Convert(change.Value, baseFigure.Unit);
        var now = match.Document.Figures.FirstOrDefault(f => f != baseFigure && f != change && f.Unit.SameFamily(baseFigure.Unit)
            && Math.Abs(f.Unit.Convert(f.Value, baseFigure.Unit) - expected) < 1e-6 * Math.Max(1, Math.Abs(expected)));
        if (now is null)
        {
            return null;
        }
        return
        [
            Operand.FromText(now, Labels.Of(now), Quote.Sentence(now.Passage.Text, now.Quantity.Start)),
            Operand.FromText(baseFigure, WithPeriod(baseFigure, Labels.Of(baseFigure), true), Quote.Sentence(text, baseFigure.Quantity.Start)),
        ];
    }
}
