namespace Knowledge.Rules.Conditions;

/// <summary>How a rule bounds an amount: 이상 (≥), 이하/이내/까지/최대 (≤), 미만 (&lt;), 초과/넘는 (&gt;).</summary>
public enum Comparator
{
    AtLeast,
    AtMost,
    Below,
    Above,
}

public static class Comparators
{
    private const double Epsilon = 1e-9;

    /// <summary>Whether <paramref name="value"/> meets the bound exactly as written (500% 이상 includes 500; 초과 does not).</summary>
    public static bool Holds(this Comparator comparator, double value, double limit)
    {
        var tolerance = Epsilon * Math.Max(1, Math.Abs(limit));
        return comparator switch
        {
            Comparator.AtLeast => value >= limit - tolerance,
            Comparator.AtMost => value <= limit + tolerance,
            Comparator.Below => value < limit - tolerance,
            _ => value > limit + tolerance,
        };
    }

    /// <summary>The bound in words: 이상, 이하, 미만, 초과 (or English).</summary>
    public static string Word(this Comparator comparator, bool english = false) => comparator switch
    {
        Comparator.AtLeast => english ? "at least" : "이상",
        Comparator.AtMost => english ? "at most" : "이하",
        Comparator.Below => english ? "below" : "미만",
        _ => english ? "above" : "초과",
    };

    /// <summary>An upper bound (이하, 미만, 이내): a value above it fails.</summary>
    public static bool IsUpper(this Comparator comparator) => comparator is Comparator.AtMost or Comparator.Below;
}
