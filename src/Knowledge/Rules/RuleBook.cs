using Corpus.Model;
using Knowledge.Documents;
using Knowledge.Rules.Conditions;
using Knowledge.Rules.Grades;
using Knowledge.Rules.Lists;
using Knowledge.Rules.Reading;
using Knowledge.Rules.Scopes;

namespace Knowledge.Rules;

/// <summary>
/// Every rule a document states, read once when it is loaded: from its sentences, bullets and notes (with the scope and
/// outcome their labels and headings give) and from its tables; each exception attached to the rule it qualifies — the
/// sentence before it (단, …), the bullet above it (- 다만, …), a bracket in it ((… 제외)), or, for a sentence elsewhere that
/// lifts a rule (창업 3년 이내 기업에는 부채비율 요건을 적용하지 않는다), every rule bounding what it names.
/// </summary>
public sealed partial class RuleBook
{
    [System.Text.RegularExpressions.GeneratedRegex(@"부터\s*(?:적용|시행)")]
    private static partial System.Text.RegularExpressions.Regex LaterStart();

    private RuleBook(IReadOnlyList<Rule> rules, IReadOnlyList<GradeRule> grades, IReadOnlyList<ItemList> lists)
    {
        Rules = rules;
        Grades = grades;
        Lists = lists;
    }

    public static RuleBook Empty { get; } = new([], [], []);

    /// <summary>Lists of what something includes (혁신거점: 혁신도시, 산업단지 … 등).</summary>
    public IReadOnlyList<ItemList> Lists { get; }

    public IReadOnlyList<Rule> Rules { get; }

    /// <summary>Rules on consecutive grades (2년 연속 C등급 이하 …).</summary>
    public IReadOnlyList<GradeRule> Grades { get; }

    public static RuleBook Read(DocumentKnowledge document)
    {
        var year = document.Profile.Year ?? 2000;
        var rules = new List<Rule>();
        var byUnit = new Dictionary<int, List<Rule>>();
        var lifting = new List<(Passage Passage, string Sentence, RuleContext Context)>();
        foreach (var passage in document.Passages)
        {
            var unit = passage.Unit;
            if (unit.Table is not null || unit.Kind is not (UnitKind.Heading or UnitKind.Bullet or UnitKind.Note or UnitKind.Paragraph or UnitKind.CaseItem))
            {
                continue;
            }
            var context = Context(document, passage, year);
            var own = new List<Rule>();
            var first = true;
            foreach (var (_, sentence) in Sentences.Split(passage.Text))
            {
                var opening = first;
                first = false;
                if (OutcomeWords.OpensProviso(sentence))
                {
                    // 단, … qualifies the sentence before it; only a passage that opens with it qualifies the rule above.
                    var target = own.LastOrDefault() ?? (opening || StartsWithLabel(passage.Text, sentence) ? Target(document, unit, byUnit) : null);
                    if (target is not null && ProvisoReader.Read(sentence, target, context) is { } proviso)
                    {
                        target.Provisos.Add(proviso);
                    }
                    // 다만, 해당 시·도가 10월 31일까지 … 신청하면 …: its deadline is a rule of its own for whoever takes that way.
                    var body = sentence[OutcomeWords.ProvisoBody(sentence)..];
                    var deadlines = ConditionScanner.Scan(body, context.BareUnit, context.Year).Where(c => c.IsDate && c.Comparator.IsUpper()).ToList();
                    if (deadlines.Count > 0)
                    {
                        rules.Add(new Rule
                        {
                            Passage = passage,
                            Text = sentence,
                            Form = RuleForm.Requirement,
                            Outcome = Outcome.Positive,
                            Alternatives = [new RuleClause(deadlines, [])],
                            Scope = context.Scope,
                            Terms = context.Terms,
                        });
                    }
                    // 단, 매출액이 1,500억원 이상인 중견기업은 제외한다: an exception that itself excludes is an exclusion of its own.
                    if (OutcomeWords.Read(body) == Outcome.Negative && OutcomeWords.ReadTail(LastClause(body)) == Outcome.Negative)
                    {
                        rules.AddRange(SentenceReader.Read(body, context with { HeadingOutcome = Outcome.Negative }, out _)
                            .Where(r => r.Form == RuleForm.Consequence && r.Outcome == Outcome.Negative && r.Conditions.Any()));
                        continue;
                    }
                    // 다만, 창업 5년 이내 기업에는 2026년 공모부터 적용한다: a later start for some, a deferral, grants nothing.
                    if (OutcomeWords.Read(body) != Outcome.Positive || OutcomeWords.Lifts(body) || LaterStart().IsMatch(body))
                    {
                        continue;
                    }
                    foreach (var rule in SentenceReader.Read(body, context with { HeadingOutcome = Outcome.Positive }, out _))
                    {
                        var permission = new Rule
                        {
                            Passage = rule.Passage,
                            Text = rule.Text,
                            Form = RuleForm.Consequence,
                            Outcome = Outcome.Positive,
                            OutcomeText = rule.OutcomeText,
                            Alternatives = rule.Alternatives,
                            Scope = rule.Scope,
                            Terms = rule.Terms,
                            IsPermission = true,
                        };
                        rules.Add(permission);
                    }
                    continue;
                }
                // …에는 부채비율 요건을 적용하지 않는다: an exception to rules stated elsewhere, not a rule.
                if (OutcomeWords.Lifts(WithoutBrackets(sentence)))
                {
                    lifting.Add((passage, sentence, context));
                    continue;
                }
                var read = SentenceReader.Read(sentence, context, out var bracketProvisos);
                foreach (var rule in read)
                {
                    rule.Provisos.AddRange(bracketProvisos);
                }
                // A permission is only a way in: an exception after it qualifies the rule before it, not the permission.
                own.AddRange(read.Where(r => !r.IsPermission));
                rules.AddRange(read.Where(r => r.IsPermission));
            }
            if (own.Count > 0)
            {
                byUnit[unit.Index] = own;
                rules.AddRange(own);
            }
        }
        foreach (var table in document.Tables)
        {
            rules.AddRange(TableRuleReader.Read(document, table, year));
            rules.AddRange(ExceptionTableReader.Read(document, table, year));
        }
        LinkLifting(rules, lifting);
        return new RuleBook(rules, [.. GradeRuleReader.Read(document)], [.. ListReader.Read(document)]);
    }

    private static bool StartsWithLabel(string text, string sentence) =>
        System.Text.RegularExpressions.Regex.IsMatch(text[..Math.Max(0, text.IndexOf(sentence, StringComparison.Ordinal))], @"^\W*(?:\([^()]*\))?\s*$");

    /// <summary>The last clause of a sentence (after its last comma), whose predicate says what follows.</summary>
    private static string LastClause(string text) => text.TrimEnd(' ', '.')[(text.TrimEnd(' ', '.').LastIndexOf(',') + 1)..];

    private static string WithoutBrackets(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\([^()]*\)", " ");

    /// <summary>A sentence that lifts a rule elsewhere (…에는 부채비율 요건을 적용하지 않는다) qualifies every rule bounding what it names.</summary>
    private static void LinkLifting(List<Rule> rules, List<(Passage Passage, string Sentence, RuleContext Context)> lifting)
    {
        foreach (var (passage, sentence, context) in lifting)
        {
            var own = ConditionScanner.Scan(sentence, context.BareUnit, context.Year);
            if (own.Count == 0)
            {
                continue;
            }
            var named = ConditionScanner.Terms(sentence).Except(own.SelectMany(c => c.Subject)).ToHashSet(StringComparer.Ordinal);
            foreach (var rule in rules.Where(r => r.Passage != passage && r.Form == RuleForm.Consequence && r.Outcome == Outcome.Negative))
            {
                if (!rule.Conditions.Any(c => c.Subject.Any(named.Contains)) || rule.Provisos.Any(p => p.Passage == passage))
                {
                    continue;
                }
                if (ProvisoReader.Read(sentence, rule, context) is { } proviso && proviso.Lifts)
                {
                    rule.Provisos.Add(proviso);
                }
            }
        }
    }

    /// <summary>The rule an exception bullet qualifies: the bullet above it, else the one before it at its level.</summary>
    private static Rule? Target(DocumentKnowledge document, DocumentUnit unit, Dictionary<int, List<Rule>> byUnit)
    {
        if (unit.Parent is int parent && byUnit.TryGetValue(parent, out var above) && document.Document.Units[parent].Kind != UnitKind.Heading)
        {
            return above[^1];
        }
        for (var i = unit.Index - 1; i >= 0 && i >= unit.Index - 3; i--)
        {
            var before = document.Document.Units[i];
            if (before.Parent == unit.Parent && byUnit.TryGetValue(i, out var rules))
            {
                return rules[^1];
            }
        }
        return unit.Parent is int p && byUnit.TryGetValue(p, out var heading) ? heading[^1] : null;
    }

    private static RuleContext Context(DocumentKnowledge document, Passage passage, int year)
    {
        var unit = passage.Unit;
        var scope = ScopeWords.Read(unit.Label ?? "");
        Outcome? outcome = unit.Label is { } label ? OutcomeWords.Read(label) : null;
        var terms = passage.Terms.Concat(passage.HeadingTerms).ToList();
        // The nearest labelled heading decides the outcome of what stands under it ((참여제한) → excluded; (신청자격) → required).
        var decided = unit.Label is not null && outcome is not null;
        // A label naming a kind of support ((중복 지원), (지원 분야)) reads as a grant only by its noun: under an exclusion
        // heading ((제외대상)) it names one of the exclusions, so the exclusion above still decides.
        var topicOnly = outcome == Outcome.Positive;
        foreach (var ancestor in document.Document.Ancestors(unit).Take(3))
        {
            if (ancestor.Kind is UnitKind.Title or UnitKind.Banner or UnitKind.AppendixMark || ancestor.Kind == UnitKind.Heading && ancestor.Level == 0)
            {
                break;
            }
            if (ancestor.Label is { } l)
            {
                scope = ScopeWords.Read(l) is { IsEmpty: false } s && scope.Labels.Count == 0 ? scope.With(s with { Version = null }) : scope;
                if (!decided)
                {
                    outcome ??= OutcomeWords.Read(l);
                    decided = true;
                }
                else if (topicOnly && OutcomeWords.Read(l) == Outcome.Negative)
                {
                    outcome = Outcome.Negative;
                    topicOnly = false;
                }
                continue;
            }
            if (!decided)
            {
                var text = ancestor.Text;
                outcome ??= OutcomeWords.Read(text.Length > 40 ? text[^40..] : text) is Outcome.Negative ? Outcome.Negative : null;
            }
        }
        return new RuleContext(passage, scope, outcome, [.. terms.Distinct()], year);
    }
}
