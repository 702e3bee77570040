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
        var all = MonthFirst(question, EvidenceFinder.Rank(match));
        var ranked = all.Take(4).ToList();
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
            return Precise(parent, first!, all);
        }
        // A share is of amounts of one kind: a rate beside the amount (증감률) or a count beside a sum is no part of that whole,
        // so a close second that holds the kind wanted stands.
        var chosen = ranked.Skip(1).Where(e => e.Coverage >= ranked[0].Coverage - 0.1).Select(e => OperandOf(parent, e, amount)).FirstOrDefault(Fits) ?? first;
        return chosen is null ? null : Precise(parent, chosen, all);
    }

    /// <summary>
    /// "5월 벤처투자액": a part that names a month is read where that month is written (a month column, a sentence of that
    /// month), before a better-worded figure of the half-year.
    /// </summary>
    private static IReadOnlyList<FoundEvidence> MonthFirst(Question question, IReadOnlyList<FoundEvidence> ranked)
    {
        if (question.Months.Count == 0)
        {
            return ranked;
        }
        bool NamesMonth(FoundEvidence e) => e.Coverage >= 0.5 && (e.Table is { } t
            ? t.Columns.Any(c => Months.Of(c.Label) is int m && question.Months.Contains(m))
            : Months.InText(Quote.Sentence(e.Figure!.Figure.Passage.Text, e.Figure.Quantity.Start)).Any(question.Months.Contains));
        var month = ranked.Take(12).FirstOrDefault(NamesMonth);
        return month is null || month == ranked[0] ? ranked : [month, .. ranked.Where(e => e != month)];
    }

    /// <summary>
    /// A headline's rounded figure (6.2조원) and the body's or table's exact one (6조 2,480억원, 62,480억원) state one
    /// quantity: a computation takes the exact one, found among the part's own matches, which rounds to the rounded one.
    /// </summary>
    private static Operand Precise(DocumentMatch parent, Operand chosen, IReadOnlyList<FoundEvidence> ranked)
    {
        if (chosen.Text is null || Digits(chosen.Value) > 2 || chosen.Value == 0)
        {
            return chosen;
        }
        var step = Math.Pow(10, Math.Floor(Math.Log10(Math.Abs(chosen.Value))) - Digits(chosen.Value) + 1);
        foreach (var evidence in ranked.Take(12).Where(e => e.Coverage >= 0.5))
        {
            if (OperandOf(parent, evidence, amount: false) is not { } other || !other.Unit.SameFamily(chosen.Unit) || other.Unit.Family == UnitFamily.Percent)
            {
                continue;
            }
            var inChosenUnit = other.In(chosen.Unit);
            if (Digits(inChosenUnit) > Digits(chosen.Value) && Math.Abs(Math.Round(inChosenUnit / step) * step - chosen.Value) < step / 1000)
            {
                return other;
            }
        }
        return chosen;
    }

    /// <summary>Significant digits of an amount as written (6.2 → 2, 62,480 → 4).</summary>
    private static int Digits(double value)
    {
        var text = Math.Abs(value).ToString("0.##########", System.Globalization.CultureInfo.InvariantCulture).Replace(".", "", StringComparison.Ordinal).Trim('0');
        return text.Length;
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
