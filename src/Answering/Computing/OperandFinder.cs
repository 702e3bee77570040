using Answering.Composing;
using Answering.Documents;
using Answering.Evidence;
using Answering.Understanding;

namespace Answering.Computing;

/// <summary>
/// Finds the figure one part of a question names ("1단계 국비 투입액" in "…을 일자리 수로 나누면"): the part is read as a
/// question of its own that keeps the whole question's years and stages, and its best cell or text figure is taken.
/// </summary>
public static class OperandFinder
{
    public static Operand? Find(DocumentMatch parent, string part)
    {
        if (string.IsNullOrWhiteSpace(part))
        {
            return null;
        }
        var read = QuestionReader.Read(part);
        var whole = parent.Question;
        var question = read with
        {
            IsEnglish = whole.IsEnglish,
            Years = read.Years.Count > 0 ? read.Years : whole.Years,
            RelativeYears = read.Years.Count > 0 || read.RelativeYears.Count > 0 ? read.RelativeYears : whole.RelativeYears,
            Stages = read.Stages.Count > 0 ? read.Stages : whole.Stages,
            Regions = read.Regions.Count > 0 ? read.Regions : whole.Regions,
            Operation = Operation.Lookup,
        };
        var match = new DocumentMatch(parent.Document, question, parent.Score);
        var best = EvidenceFinder.Rank(match).FirstOrDefault();
        if (best is null || best.Coverage < 0.5)
        {
            return null;
        }
        if (best.Table is { } selection)
        {
            var cell = selection.Cells.FirstOrDefault(c => c.Cell.Value is not null);
            return cell.Row is null ? null : Operand.FromCell(parent.Document, selection.Table, cell.Row, cell.Column);
        }
        if (best.Figure is { } figure)
        {
            return Operand.FromText(figure.Figure, Labels.Of(figure.Figure), Quote.Sentence(figure.Figure.Passage.Text, figure.Quantity.Start));
        }
        return null;
    }
}
