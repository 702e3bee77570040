using Answering.Composing;
using Answering.Knowledge;

namespace Answering.Skills;

/// <summary>States a measure's facts: each distinct value once with its citations (건 and 개 count alike), noting when the documents disagree.</summary>
public static class FactPhrases
{
    public static string? Describe(AnswerDraft draft, Measure measure, IReadOnlyList<MeasureFact> facts, string labelPrefix, out bool conflict)
    {
        conflict = false;
        if (facts.Count == 0)
        {
            return null;
        }
        var groups = facts.GroupBy(f => (f.Value, Unit: CountUnit(f.Unit))).ToList();
        conflict = groups.GroupBy(g => g.Key.Unit).Any(u => u.Count() > 1);
        var parts = new List<string>();
        foreach (var group in groups.Take(3))
        {
            var unit = group.First().Unit;
            draft.AddFigure($"{labelPrefix}{measure.Key}", group.Key.Value, unit);
            var marks = draft.Cite(group.Take(2).Select(f => f.Source));
            parts.Add(draft.English ? $"{Numbers.Amount(group.Key.Value, unit)} {marks}" : $"{Numbers.Amount(group.Key.Value, unit)}{marks}");
        }
        return draft.English ? $"{measure.EnglishName}: {string.Join(" / ", parts)}" : $"{measure.Key} {string.Join(" / ", parts)}";
    }

    private static string CountUnit(string unit) => unit == "개" ? "건" : unit;
}
