using Answering.Understanding;
using Corpus.Quantities;

namespace Answering.Composing;

/// <summary>
/// A question that asks for a quantity (얼마, 몇 곳, how much) answered by quoting lines that write no quantity of that
/// kind has not been answered: the lines are near the topic, and the figure is not in the documents.
/// </summary>
public static class QuantityAsked
{
    public static bool Unmet(Question question, AnswerDraft quoted)
    {
        var families = Families(question);
        return families.Count > 0 && !quoted.Citations.Any(c => QuantityScanner.Scan(c.Quote).Any(q => families.Contains(q.Unit.Family)));
    }

    private static HashSet<UnitFamily> Families(Question question)
    {
        var families = new HashSet<UnitFamily>();
        if (question.Has(Asks.Amount))
        {
            families.UnionWith([UnitFamily.Won, UnitFamily.Dollar]);
        }
        if (question.Has(Asks.Count))
        {
            families.UnionWith([UnitFamily.Count, UnitFamily.People]);
        }
        if (question.Has(Asks.Percent))
        {
            families.UnionWith([UnitFamily.Percent, UnitFamily.PercentPoint, UnitFamily.Ratio]);
        }
        if (question.Has(Asks.Score))
        {
            families.Add(UnitFamily.Score);
        }
        if (question.Has(Asks.Duration))
        {
            families.UnionWith([UnitFamily.Duration, UnitFamily.Days]);
        }
        return families;
    }
}
