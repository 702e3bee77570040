using Answering.Documents;
using Corpus.Quantities;
using Knowledge.Figures;

namespace Answering.Answerers;

public static partial class FigureAnswerer
{
    /// <summary>
    /// "작년 같은 달엔 얼마였던 셈이에요?" works an amount back through its rate of change. The rate stands in the sentence
    /// that states the amount, or — when the amount found is a summary line's ("대중국 수출(114.3억달러) 1위") — in another
    /// sentence of the document stating the same amount with its rate ("12.9% 증가한 114.3억달러").
    /// </summary>
    private static TextFigure? RateOfAmount(DocumentMatch match, TextFigure amount)
    {
        var figures = match.Document.Figures;
        return RateIn(figures, amount) ?? figures.Where(o => o != amount && o.Unit == amount.Unit && Math.Abs(o.Value - amount.Value) < 1e-9)
            .Select(o => RateIn(figures, o)).FirstOrDefault(r => r is not null);
    }

    private static TextFigure? RateIn(IReadOnlyList<TextFigure> figures, TextFigure amount) =>
        figures.FirstOrDefault(o => o.Passage == amount.Passage && o != amount && o.Quantity.Unit.Family == UnitFamily.Percent);
}
