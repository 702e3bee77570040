using System.Text.RegularExpressions;
using Corpus.Quantities;
using Knowledge.Documents;
using Knowledge.Language;

namespace Knowledge.Figures;

/// <summary>What an amount in running text is: a value of something, a limit a rule sets, or a rate of change.</summary>
public enum FigureRole
{
    Value,

    /// <summary>이상, 이하, 미만, 초과, 이내, 까지, 최대, 한도: a condition, not a value of anything.</summary>
    Limit,

    /// <summary>A % followed by 증가/감소 (or 늘/줄): how much something changed.</summary>
    Change,
}

/// <summary>
/// An amount written in running text with what it counts: the words of its clause, weighted by how near they stand
/// (the nearest noun before or after names it best), the years and stages of its clause, and its role.
/// </summary>
public sealed partial class TextFigure
{
    [GeneratedRegex(@"^\s*(?:\)|\s)*(?:이상|이하|미만|초과|이내|까지|내외|한도|범위|만점)")]
    private static partial Regex LimitAfter();

    [GeneratedRegex(@"(?:최대|최소|최고|최저|한도|상한|하한)\s*$")]
    private static partial Regex LimitBefore();

    [GeneratedRegex(@"^\s*(?:\([^)]*\))?\s*(?:가|이)?\s*(?:증가|감소|늘|줄|상승|하락|올|오른|떨어|확대|축소|개선|향상|단축|절감|감축)")]
    private static partial Regex ChangeAfter();

    public TextFigure(Passage passage, Quantity quantity, IReadOnlyList<(string Term, double Weight)> context, Quantity? partOf)
    {
        Passage = passage;
        Quantity = quantity;
        Context = context;
        PartOf = partOf;
        var after = passage.Text[quantity.End..];
        var before = passage.Text[..quantity.Start];
        Role = LimitAfter().IsMatch(after) || LimitBefore().IsMatch(before) ? FigureRole.Limit
            : quantity.Unit.Family is UnitFamily.Percent or UnitFamily.PercentPoint && ChangeAfter().IsMatch(after) ? FigureRole.Change
            : FigureRole.Value;
    }

    public Passage Passage { get; }
    public Quantity Quantity { get; }

    /// <summary>The clause's naming terms with weights: 1 for the nearest, falling with distance.</summary>
    public IReadOnlyList<(string Term, double Weight)> Context { get; }

    /// <summary>For "122건의 38.5%(47건)": the base the percentage is of.</summary>
    public Quantity? PartOf { get; }
    public FigureRole Role { get; }

    public double Value => Quantity.Value;
    public Unit Unit => Quantity.Unit;
    public string Written => Passage.Text.Substring(Quantity.Start, Quantity.Length);

    private Dictionary<string, double>? _weights;

    /// <summary>The highest weight the clause gives the term, 0 when it lacks it; looked up for every question term and figure.</summary>
    public double Weight(string term) => (_weights ??= Weights(Context)).GetValueOrDefault(term);

    private static Dictionary<string, double> Weights(IReadOnlyList<(string Term, double Weight)> context)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (t, w) in context)
        {
            if (w > weights.GetValueOrDefault(t))
            {
                weights[t] = w;
            }
        }
        return weights;
    }
}
