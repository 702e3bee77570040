using Corpus.Quantities;
using Knowledge.Figures;

namespace Answering.Evidence;

/// <summary>A figure of running text scored against a question: which terms it covers and whether its period or place disagrees.</summary>
public sealed record FigureMatch(TextFigure Figure, double Score, Carried Carried, bool PeriodMismatch, bool PlaceMismatch)
{
    public Quantity Quantity => Figure.Quantity;
}
