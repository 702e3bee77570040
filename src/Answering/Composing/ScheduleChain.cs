using Knowledge.Language;

namespace Answering.Composing;

/// <summary>
/// A schedule written as a chain of steps (사업설명회('22.3.3) → 시·도 협약('22.3.14~3.25) → 지원기업 모집 공고('22.4.1~)):
/// a question about some of the steps is shown those steps, each still a piece of the line as written.
/// </summary>
public static class ScheduleChain
{
    private const string Arrow = "→";

    /// <summary>
    /// The steps that carry the weightiest question terms the other steps do not (현장실사 of 서면평가 → 현장실사 → 발표평가),
    /// or null when the text is no chain, or when no step, or every step, is singled out (then the whole line answers).
    /// </summary>
    public static IReadOnlyList<string>? Steps(string text, IReadOnlyCollection<string> questionTerms, Func<string, double> weight)
    {
        var steps = text.Split(Arrow).Select(s => s.Trim()).ToList();
        if (steps.Count < 3)
        {
            return null;
        }
        steps[0] = WithoutLabel(steps[0]);
        var termsOf = steps.Select(s => TermAnalyzer.Terms(s).Select(Lexicon.Canonical).ToHashSet(StringComparer.Ordinal)).ToList();
        // A term every step carries (the chain's subject) singles none out.
        var singling = questionTerms.Where(t => termsOf.Any(s => s.Contains(t)) && !termsOf.All(s => s.Contains(t))).ToHashSet(StringComparer.Ordinal);
        if (singling.Count == 0)
        {
            return null;
        }
        // A step that shares only a light word with the question (평가 of 서면평가) is not one it asks about.
        var heaviest = singling.Max(weight);
        var asked = singling.Where(t => weight(t) >= heaviest * 0.6).ToHashSet(StringComparer.Ordinal);
        var chosen = steps.Where((s, i) => s.Length > 0 && termsOf[i].Overlaps(asked)).ToList();
        return chosen.Count == 0 || chosen.Count == steps.Count ? null : chosen;
    }

    /// <summary>"□ (추진일정) 사업설명회('22.3.3)": the first step without the bullet and the line's label.</summary>
    private static string WithoutLabel(string first)
    {
        var shown = Shown.Text(first);
        if (shown.StartsWith('('))
        {
            var close = shown.IndexOf(')', StringComparison.Ordinal);
            if (close > 0 && close + 1 < shown.Length)
            {
                return shown[(close + 1)..].Trim();
            }
        }
        return shown;
    }
}
