using Answering.Documents;
using Answering.Evidence;
using Answering.Understanding;
using Corpus.Quantities;

namespace Answering.Answerers;

public static partial class FigureAnswerer
{
    /// <summary>
    /// "작년 같은 달엔 얼마였던 셈이에요?" works an amount back through its rate of change: of the sentences stating the
    /// amount (a summary line "대중국 수출(114.3억달러) 1위", the body "12.9% 증가한 114.3억달러"), the one that also
    /// states the rate is the one to read.
    /// </summary>
    private static List<FoundEvidence> RatedAmountFirst(DocumentMatch match, List<FoundEvidence> ranked)
    {
        if (match.Question.Operation != Operation.BackCompute || ranked.Count == 0 || ranked[0].Figure is not { } top || top.Figure.Unit.Family is UnitFamily.Percent
            || HasRateBeside(match, top.Figure))
        {
            return ranked;
        }
        var rated = ranked.FindIndex(e => e.Figure is { } f && f.Figure.Unit == top.Figure.Unit && Math.Abs(f.Figure.Value - top.Figure.Value) < 1e-9
            && e.Coverage >= ranked[0].Coverage - 0.15 && HasRateBeside(match, f.Figure));
        if (rated < 0)
        {
            return ranked;
        }
        return [ranked[rated], .. ranked.Where((_, i) => i != rated)];
    }

    private static bool HasRateBeside(DocumentMatch match, Knowledge.Figures.TextFigure figure) =>
        match.Document.Figures.Any(o => o.Passage == figure.Passage && o != figure && o.Quantity.Unit.Family == UnitFamily.Percent);
}
