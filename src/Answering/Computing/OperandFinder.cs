using Answering.Composing;
using Answering.Documents;
using Answering.Evidence;
using Answering.Understanding;
using Corpus.Quantities;

namespace Answering.Computing;

/// <summary>
/// Finds the figure one part of a question names ("1단계 국비 투입액" in "…을 일자리 수로 나누면"): the part is read as a
/// question of its own that keeps the whole question's years and stages, and its best cell or text figure is taken.
/// </summary>
public static class OperandFinder
{
    public static Operand? Find(DocumentMatch parent, string part, string? besides = null, bool amount = false, Unit? like = null)
    {
        if (string.IsNullOrWhiteSpace(part))
        {
            return null;
        }
        var whole = parent.Question;
        // "2026년 상반기 벤처투자를 피투자기업 수로 나누면": a part that names no quarter or half keeps the whole question's.
        if (SubPeriods.In(part).Count == 0 && SubPeriods.Words(whole.Text) is { Count: > 0 } periods)
        {
            part = $"{string.Join(" ", periods)} {part}";
        }
        var read = QuestionReader.Read(part);
        // The whole of a share (전체 국비 중 전남 비중) is not the region its part names.
        var besidesRegions = besides is null ? [] : QuestionReader.Read(besides).Regions;
        var inherited = whole.Regions.Where(r => !besidesRegions.Contains(r)).ToList();
        var question = read with
        {
            IsEnglish = whole.IsEnglish,
            Years = read.Years.Count > 0 ? read.Years : whole.Years,
            RelativeYears = read.Years.Count > 0 || read.RelativeYears.Count > 0 ? read.RelativeYears : whole.RelativeYears,
            Stages = read.Stages.Count > 0 ? read.Stages : whole.Stages,
            Regions = read.Regions.Count > 0 ? read.Regions : inherited,
            Operation = Operation.Lookup,
        };
        var match = new DocumentMatch(parent.Document, question, parent.Score);
        var ranked = EvidenceFinder.Rank(match).Take(4).ToList();
        if (ranked.Count == 0 || ranked[0].Coverage < 0.5)
        {
            return null;
        }
        // A part that asks for money or a count ("국비 총액") is not answered by a duration or a rate beside it.
        var asked = question.Has(Asks.Amount | Asks.Count | Asks.Percent | Asks.Score | Asks.Duration);
        bool Fits(Operand? o) => o is not null && (!amount || o.Unit.Family != UnitFamily.Percent) && (like is null || o.Unit.SameFamily(like))
            && (!asked || FigureSearch.UnitFit(question, o.Unit) > 0);
        var first = OperandOf(parent, ranked[0], amount);
        if (Fits(first))
        {
            return first;
        }
        // A share is of amounts of one kind: a rate beside the amount (증감률) or a count beside a sum is no part of that whole,
        // so a close second that holds the kind wanted stands.
        return ranked.Skip(1).Where(e => e.Coverage >= ranked[0].Coverage - 0.1).Select(e => OperandOf(parent, e, amount)).FirstOrDefault(Fits) ?? first;
    }

    private static Operand? OperandOf(DocumentMatch parent, FoundEvidence evidence, bool amount)
    {
        if (evidence.Table is { } selection)
        {
            var cells = selection.Cells.Where(c => c.Cell.Value is not null).Select(c => Operand.FromCell(parent.Document, selection.Table, c.Row, c.Column)).ToList();
            return (amount ? cells.FirstOrDefault(c => c.Unit.Family != UnitFamily.Percent) : null) ?? cells.FirstOrDefault();
        }
        if (evidence.Figure is { } figure)
        {
            return Operand.FromText(figure.Figure, Labels.Of(figure.Figure), Quote.Sentence(figure.Figure.Passage.Text, figure.Quantity.Start));
        }
        return null;
    }
}
