using System.Text.RegularExpressions;
using Corpus.Quantities;
using Knowledge.Rules.Conditions;

namespace Knowledge.Rules.Reading;

/// <summary>
/// Reads an exception (단, …; 다만, …; …에는 적용하지 않는다) against the rule it qualifies: a bound of the same kind as one of
/// the rule's (5인 이상 for 10인 이상; 도 80% 이내 for 70% 이내) replaces it; a number of days with 연장 moves the rule's
/// deadline; everything else — bounds and conditions in words before 경우/은/는 — is what must hold for the exception.
/// </summary>
public static partial class ProvisoReader
{
    [GeneratedRegex(@"(?:경우에는|경우는|경우에|경우|(?<=[가-힣)])(?<!또)(?:은|는|에는))\s")]
    private static partial Regex WhenEnds();

    /// <summary>A share of the same whole (총사업비의 70% for 총사업비의 60%): the same bound for others, whatever words precede it.</summary>
    private static bool SameWhole(Condition exception, Condition rule) =>
        exception.Unit.Family == UnitFamily.Percent && exception.Base.Count > 0 && exception.Base.SequenceEqual(rule.Base);

    /// <summary>Where a bound's figure is written (its words may start earlier).</summary>
    private static int FigureAt(string text, Condition condition)
    {
        var at = text.LastIndexOf(condition.Bound, Math.Max(0, Math.Min(text.Length - 1, condition.End - 1)), StringComparison.Ordinal);
        return at >= condition.Start ? at : condition.Start;
    }

    public static Proviso? Read(string sentence, Rule target, RuleContext context)
    {
        var body = OutcomeWords.ProvisoBody(sentence);
        // An exception that only restricts further (단, … 이의신청 대상이 아니다) lifts nothing.
        if (!OutcomeWords.Lifts(sentence[body..]) && OutcomeWords.Read(sentence[body..]) == Outcome.Negative)
        {
            return null;
        }
        var text = new string(' ', body) + sentence[body..];
        var conditions = ConditionScanner.Scan(text, context.BareUnit, context.Year);
        var targets = target.Conditions.ToList();
        var replacements = conditions.Where(c => !c.IsDate && c.Unit.Family != UnitFamily.PercentPoint && c.Unit.Family != UnitFamily.Days
            && targets.Any(t => RuleAmounts.Comparable(t.Unit, c.Unit) && (c.Subject.Count == 0 || c.InheritedSubject || c.Subject.Intersect(t.Subject).Any() || SameWhole(c, t)))).ToList();
        int? extension = null;
        if (targets.Any(t => t.IsDate) && text.Contains("연장", StringComparison.Ordinal)
            && conditions.FirstOrDefault(c => c.Unit.Family == UnitFamily.Days && c.Comparator.IsUpper()) is { } days)
        {
            extension = (int)Math.Round(days.Unit.Convert(days.Value, Units.Day));
        }
        var rest = conditions.Where(c => !replacements.Contains(c) && c.Unit.Family != UnitFamily.PercentPoint && !(extension is not null && c.Unit.Family == UnitFamily.Days)).ToList();
        // What must hold ends at the first 경우/은/는 after its first bound (창업 3년 이내 기업에는 | …을 적용하지 않는다).
        var firstBound = rest.Count > 0 ? rest.Min(c => c.Start) : body;
        var whenEnd = WhenEnds().Match(text, rest.Count > 0 ? rest.Min(c => c.End) : body) is { Success: true } m ? m.Index : text.Length;
        if (replacements.Count > 0)
        {
            // A replacing bound's words may reach back over who it is for (…확인서를 보유한 기업은 업력 6개월 이상): the topic
            // ending before its figure still closes what must hold.
            var figureAt = replacements.Min(r => FigureAt(text, r));
            whenEnd = whenEnd < figureAt && whenEnd > firstBound ? whenEnd : Math.Min(whenEnd, replacements.Min(r => r.Start));
        }
        // With a bound, the conditions in words start at its clause (not at a purpose before it: …를 넓히기 위해).
        var whenText = rest.Count > 0 ? new string(' ', firstBound) + text[firstBound..whenEnd] : text[..whenEnd];
        var whenConditions = rest.Where(c => c.End <= whenEnd).ToList();
        var clauses = SentenceReader.Clauses(whenText, whenConditions);
        if (clauses.Count == 0 && replacements.Count == 0 && extension is null && !OutcomeWords.Lifts(sentence) && OutcomeWords.Read(sentence) is null)
        {
            return null;
        }
        return new Proviso
        {
            Passage = context.Passage,
            Text = sentence.Trim(),
            When = clauses.Count > 0 ? clauses : [RuleClause.Empty],
            Replacements = replacements,
            ExtensionDays = extension,
        };
    }
}
