using Answering.Composing;
using Answering.Computing;
using Answering.Documents;
using Answering.Evidence;
using Answering.Understanding;
using Corpus.Quantities;
using Knowledge.Figures;

namespace Answering.Answerers;

public static partial class FigureAnswerer
{
    // "전년 동기(7,850억원)", "작년(196개사)": the earlier period's amount written beside this period's.
    [System.Text.RegularExpressions.GeneratedRegex(@"(?:전년\s?동기|전년\s?동월|전년|작년|지난해|전년도)\s*(?:\(|대비\s*\(|에는\s*|은\s*|는\s*)?\s*$")]
    private static partial System.Text.RegularExpressions.Regex EarlierPeriodBefore();

    /// <summary>
    /// "선정 기업 수가 작년 실적보다 몇 %", "AI 분야 투자는 작년 상반기보다 얼마나": one amount in its own period and in the
    /// earlier one the question compares it with, each found on its own — or, when the earlier one is not found apart, the
    /// figure the same sentence writes for the earlier period (전년 동기(7,850억원)). Null unless both are amounts of
    /// one kind from distinct figures, and each named month is the one its figure is written for.
    /// </summary>
    private static List<Operand>? PeriodPair(DocumentMatch match)
    {
        // A follow-up's words lean on the earlier turn ("그 자금 올해 예산은"): its subject is found through the merged question, not apart.
        if (match.Question.IsFollowUp || Roles.SubjectAgainstPeriod(match.Question) is not { } periods || OperandFinder.Find(match, periods.Later) is not { } later
            || later.Unit.Family == UnitFamily.Percent || !OfMonth(periods.Later, later))
        {
            return null;
        }
        var earlier = OperandFinder.Find(match, periods.Earlier, like: later.Unit);
        if (earlier?.Text is { } written && ChangeOverBase(match, written) is { } overBase)
        {
            // "'25년 예산(470억원) 대비 175억원 증액": the document writes the change over that base; its stated result is the later side.
            return overBase;
        }
        if (earlier is null || earlier.Line == later.Line && earlier.Value == later.Value)
        {
            earlier = EarlierInSentence(match, later);
        }
        return earlier is not null && OfMonth(periods.Earlier, earlier) && !(earlier.Line == later.Line && earlier.Value == later.Value)
            ? [later, earlier] : null;
    }

    /// <summary>Whether an operand is of the month its part names (5월 is not read off the half-year's sentence).</summary>
    private static bool OfMonth(string part, Operand operand)
    {
        var months = Months.InText(part);
        if (months.Count == 0)
        {
            return true;
        }
        if (operand.Column is { } column)
        {
            return Months.Of(column.Label) is int m && months.Contains(m);
        }
        return operand.Text is { } text && Months.InText(Quote.Sentence(text.Passage.Text, text.Quantity.Start)).Any(months.Contains);
    }

    /// <summary>The amount the later figure's sentence writes for the earlier period: "…1조 1,240억원으로 …, 전년 동기(7,850억원)".</summary>
    private static Operand? EarlierInSentence(DocumentMatch match, Operand later)
    {
        if (later.Text is not { } figure)
        {
            return null;
        }
        var text = figure.Passage.Text;
        var sentence = Quote.Sentence(text, figure.Quantity.Start);
        foreach (var other in match.Document.FiguresIn(figure.Passage))
        {
            if (other == figure || !other.Unit.SameFamily(figure.Unit) || other.Quantity.Start < figure.Quantity.End
                || Quote.Sentence(text, other.Quantity.Start) != sentence)
            {
                continue;
            }
            if (EarlierPeriodBefore().IsMatch(text[..other.Quantity.Start]))
            {
                return Operand.FromText(other, WithPeriod(other, EarlierLabel(text, other, Labels.Of(figure)), true), sentence);
            }
        }
        return null;
    }

    /// <summary>The earlier figure named by its period word and the amount it is of: "전년 동기 AI 분야 투자".</summary>
    private static string EarlierLabel(string text, TextFigure figure, string subject)
    {
        var period = EarlierPeriodBefore().Match(text[..figure.Quantity.Start]).Value.Trim().TrimEnd('(').Trim();
        return $"{period} {subject}".Trim();
    }
}
