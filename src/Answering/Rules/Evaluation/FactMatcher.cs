using Answering.Documents;
using Answering.Rules.Facts;
using Corpus.Quantities;
using Knowledge.Rules;
using Knowledge.Rules.Conditions;

namespace Answering.Rules.Evaluation;

/// <summary>
/// Pairs the asker's facts with the rule bounds they are about: same kind of unit (ages with ages, dates with dates),
/// and words in common between what the fact counts and what the bound limits (rarer words weigh more; a word inside
/// another counts half: 이의신청 ~ 이의, 등록 ~ 등록일). A fact goes to the bounds that fit it best; where several apply to
/// the asker, the one whose scope names the asker's case (광역시, 인구감소지역, 중견기업) wins over the general one.
/// A share the asker gives as two amounts (국비 86억원, 총사업비 125억원) is computed for a bound on a share of a whole.
/// </summary>
public sealed partial class FactMatcher(DocumentMatch match, AskerFacts facts)
{
    private const double Keep = 0.8;

    /// <summary>How well a fact's words fit what a bound limits, without regard to the rule around it.</summary>
    public double Subject(AskerFact fact, Condition condition)
    {
        if (!RuleAmounts.Comparable(fact.Unit, condition.Unit))
        {
            return 0;
        }
        var words = condition.Subject.ToList();
        return fact.Subject.Sum(t => Fit(t, words)) + fact.After.Sum(t => Fit(t, words)) * 0.5;
    }

    private readonly Dictionary<(AskerFact, Condition, Rule), double> _scores = [];
    private readonly Dictionary<Rule, (double All, double Ask)> _relevance = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<AskerFact, string[]> _raw = new(ReferenceEqualityComparer.Instance);

    public double Score(AskerFact fact, Condition condition, Rule rule)
    {
        if (!_scores.TryGetValue((fact, condition, rule), out var score))
        {
            score = Compute(fact, condition, rule);
            _scores[(fact, condition, rule)] = score;
        }
        return score;
    }

    private double Compute(AskerFact fact, Condition condition, Rule rule)
    {
        if (!RuleAmounts.Comparable(fact.Unit, condition.Unit))
        {
            return 0;
        }
        // What a share is of (총사업비의) or a period counts from (입주 후) is not what the bound limits.
        var words = condition.Unit.Family == UnitFamily.Percent ? condition.Subject.Concat(condition.Base).ToList() : condition.Subject.ToList();
        var score = 0.0;
        // What happens on a date is said after it (7월 4일에 이의신청); what an amount counts, before it (부채비율이 500%).
        var (before, after) = fact.Unit == RuleAmounts.Date ? (0.5, 1.0) : (1.0, 0.5);
        foreach (var term in fact.Subject)
        {
            score += Fit(term, words) * before;
        }
        foreach (var term in fact.After)
        {
            score += Fit(term, words) * after;
        }
        // A time between two dates fits a period counted from the earlier one (협약일로부터 … 착수).
        if (fact.From.Count > 0)
        {
            if (condition.Base.Count == 0 || !fact.From.Any(t => condition.Base.Any(b => Mentions.Shares(t, b))))
            {
                return 0;
            }
            score += fact.From.Sum(t => Fit(t, [.. condition.Base]));
        }
        // Words as written (연차평가에서 → 연차평가), for what the analyzer splits or misreads.
        if (!_raw.TryGetValue(fact, out var raw))
        {
            raw = [.. RawWords(fact.Around).Where(w => w.Length >= 3).Distinct()];
            _raw[fact] = raw;
        }
        foreach (var word in raw)
        {
            if (condition.Text.Contains(word, StringComparison.Ordinal))
            {
                score += 0.5;
            }
        }
        // A word the analyzer split in the question (이의신청해도) is still written there.
        if (fact.Around.Length > 0)
        {
            var matched = fact.Words.ToHashSet(StringComparer.Ordinal);
            foreach (var word in words.Where(w => w.Length >= 2 && !matched.Any(m => Mentions.Shares(m, w)) && fact.Around.Contains(w, StringComparison.Ordinal)))
            {
                score += Mentions.Weight(match, word) * 0.5;
            }
        }
        // Distances, areas, weights, energy, scores and ages are few in a document: the unit alone says what they are about.
        if (score <= 0 && (fact.Unit == RuleAmounts.Age || fact.Unit.Family is UnitFamily.Length or UnitFamily.Area or UnitFamily.Weight or UnitFamily.Energy or UnitFamily.Score
            || fact.Unit.Symbol == condition.Unit.Symbol && fact.Unit.Symbol is "회" or "톤"
            || AskedSupport(fact, condition, rule)))
        {
            score = 0.05;
        }
        // The date the asker asks about (…7월 4일에 이의신청해도 되나요?) is the one to check against a deadline.
        var asked = fact.InAsk ? fact.Unit == RuleAmounts.Date ? 1.0 : 0.05 : 0;
        return score <= 0 ? 0 : score + asked + Relevance(rule) * 0.02 + AskRelevance(rule) * 0.1;
    }

    /// <summary>How much a rule's words overlap the question's.</summary>
    public double Relevance(Rule rule) => Relevances(rule).All;

    private (double All, double Ask) Relevances(Rule rule)
    {
        if (!_relevance.TryGetValue(rule, out var relevance))
        {
            var terms = rule.Terms.ToHashSet(StringComparer.Ordinal);
            relevance = (facts.Terms.Where(terms.Contains).Sum(t => Mentions.Weight(match, t)), facts.AskTerms.Where(terms.Contains).Sum(t => Mentions.Weight(match, t)));
            _relevance[rule] = relevance;
        }
        return relevance;
    }

    /// <summary>How much a rule's words overlap the sentence that asks (…내년 국비 받을 수 있어요? → a rule about 국비).</summary>
    public double AskRelevance(Rule rule) => Relevances(rule).Ask;

    private static readonly System.Text.RegularExpressions.Regex Particle = new(@"(?:에서|에게|으로|로부터|부터|까지|보다|처럼|이고|인데|이며|하고|하여|해도|했고|에는|에도|은|는|이|가|을|를|의|에|도|와|과|로|만)$");

    /// <summary>The words of a text with their particles cut (연차평가에서 → 연차평가).</summary>
    public static IEnumerable<string> RawWords(string text) =>
        text.Split([' ', ',', '.', '(', ')', '?'], StringSplitOptions.RemoveEmptyEntries).Select(w => Particle.Replace(w, "")).Where(w => w.All(c => c is >= '가' and <= '힣'));

    private double Fit(string term, List<string> words)
    {
        if (words.Contains(term))
        {
            return Mentions.Weight(match, term);
        }
        return words.Any(w => Mentions.Shares(term, w)) ? Mentions.Weight(match, term) * 0.5 : 0;
    }

    /// <summary>For each bound that applies under <paramref name="scenario"/>, the fact checked against it.</summary>
    public Dictionary<Condition, Check> Assign(IReadOnlyList<(Rule Rule, Condition Condition)> bounds, Scenario scenario)
    {
        var best = new Dictionary<Condition, (Check Check, double Score)>(ReferenceEqualityComparer.Instance);
        foreach (var fact in facts.Numbers)
        {
            var candidates = bounds.Select(b => (b.Rule, b.Condition, Score: Score(fact, b.Condition, b.Rule))).Where(c => c.Score > 0).ToList();
            if (candidates.Count == 0)
            {
                continue;
            }
            var top = candidates.Max(c => c.Score);
            candidates = [.. candidates.Where(c => c.Score >= top * Keep)];
            // The more specific bound wins, for bounds of the same direction (a floor and a ceiling both apply).
            foreach (var direction in candidates.GroupBy(c => c.Condition.Comparator.IsUpper()))
            {
                var specific = direction.Max(c => scenario.Specificity(c.Condition.Scope.With(c.Rule.Scope)));
                foreach (var (_, condition, score) in direction.Where(c => scenario.Specificity(c.Condition.Scope.With(c.Rule.Scope)) == specific))
                {
                    var value = RuleAmounts.Convert(fact.Value, fact.Unit, condition.Unit);
                    var check = new Check(condition, fact, value, condition.Holds(value));
                    if (!best.TryGetValue(condition, out var held) || score > held.Score)
                    {
                        best[condition] = (check, score);
                    }
                }
            }
        }
        foreach (var (rule, condition) in bounds)
        {
            if (!best.ContainsKey(condition) && Share(condition, rule) is { } share)
            {
                best[condition] = (share, 1);
            }
        }
        return best.ToDictionary(b => b.Key, b => b.Value.Check, ReferenceEqualityComparer.Instance as IEqualityComparer<Condition>);
    }

    /// <summary>
    /// A rule that grants support as a share of a whole (총사업비의 60% 이내에서 기업당 최대 2억원까지 지원한다): the amount the
    /// asker asks to receive is what its share and its cap bound, whatever words the asker gives it (국비로 2억 4천만원).
    /// </summary>
    private bool GrantsShare(Rule rule) =>
        rule.Form == RuleForm.Requirement && rule.Outcome == Outcome.Positive && rule.Conditions.Any(c => c.Unit.Family == UnitFamily.Percent && c.Base.Count > 0)
        && (rule.OutcomeText.Contains("지원", StringComparison.Ordinal) || rule.Text.Contains("지원한다", StringComparison.Ordinal))
        && SupportAsked().IsMatch(facts.Text[facts.Ask.Start..facts.Ask.End]);

    /// <summary>
    /// The amount asked for in the asking sentence, against the cap of a rule granting a share of a whole or of a bullet
    /// that states limits ((한도) 중소기업 20억원, 중견기업 10억원 … 25억원 빌릴 수 있어요?).
    /// </summary>
    private bool AskedSupport(AskerFact fact, Condition condition, Rule rule) =>
        fact.InAsk && fact.Unit.IsMoney && condition.Unit.IsMoney && condition.Comparator.IsUpper()
        && (GrantsShare(rule) || Knowledge.Rules.Reading.SentenceReader.NamesLimit(rule.Passage.Unit.Label) && SupportAsked().IsMatch(facts.Text[facts.Ask.Start..facts.Ask.End]));

    [System.Text.RegularExpressions.GeneratedRegex(@"지원\s?받|받을\s?수|지원\s?(?:가능|되)|빌릴\s?수|빌려|대출\s?받|융자\s?받")]
    private static partial System.Text.RegularExpressions.Regex SupportAsked();

    /// <summary>A bound on a share of a whole (국비 … 총사업비의 70% 이내) checked with the asker's two amounts.</summary>
    private Check? Share(Condition condition, Rule rule)
    {
        if (condition.Unit.Family != UnitFamily.Percent || condition.Base.Count == 0)
        {
            return null;
        }
        var money = facts.Numbers.Where(f => f.Unit.IsMoney || f.Unit.Family is UnitFamily.Weight or UnitFamily.Area).ToList();
        var whole = money.Select(f => (Fact: f, Score: f.Subject.Sum(t => Fit(t, [.. condition.Base])))).Where(f => f.Score > 0).OrderByDescending(f => f.Score).FirstOrDefault();
        if (whole.Fact is null)
        {
            return null;
        }
        var part = money.Where(f => f != whole.Fact && f.Unit.SameFamily(whole.Fact.Unit))
            .Select(f => (Fact: f, Score: f.Subject.Sum(t => Fit(t, [.. condition.Subject])) - f.Subject.Sum(t => Fit(t, [.. condition.Base])) * 0.5))
            .Where(f => f.Score > 0).OrderByDescending(f => f.Score).FirstOrDefault();
        if (part.Fact is null && money.FirstOrDefault(f => f != whole.Fact && f.InAsk && f.Unit.SameFamily(whole.Fact.Unit)) is { } asked && GrantsShare(rule))
        {
            part = (asked, 0);
        }
        if (part.Fact is null)
        {
            return null;
        }
        var wholeValue = whole.Fact.Unit.Convert(whole.Fact.Value, part.Fact.Unit);
        if (wholeValue <= 0)
        {
            return null;
        }
        var percent = part.Fact.Value / wholeValue * 100;
        var fact = new AskerFact(percent, Units.Percent, condition.Subject, [], $"{part.Fact.Written}/{whole.Fact.Written}", part.Fact.Start, part.Fact.End, false);
        return new Check(condition, fact, percent, condition.Holds(Math.Round(percent, 6)), new ComputedShare(part.Fact, whole.Fact, percent));
    }
}
