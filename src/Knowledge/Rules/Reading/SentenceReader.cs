using System.Text.RegularExpressions;
using Corpus.Quantities;
using Knowledge.Rules.Conditions;
using Knowledge.Rules.Scopes;

namespace Knowledge.Rules.Reading;

/// <summary>
/// Reads the rules of one sentence. Bounds in a row separated by 이면/면/시 or "/" with an outcome after each are bands
/// (70점 이상이면 계속 지원, 60점 이상 70점 미만이면 20% 감액, 60점 미만이면 중단); otherwise the sentence is one rule whose
/// clauses are split at 거나 (매출이 발생했거나 직원을 1명 이상 고용한), whose outcome is read from its end, else from its
/// label and headings (참여제한 → the asker is excluded when the conditions hold). An amendment's old bound (30만㎡ 이상에서
/// 20만㎡ 이상으로) is the 현행 rule and the new one the 개정 rule. A list of who is meant (국세 체납 기업, 휴·폐업 중인 기업, …)
/// is a list of alternatives.
/// </summary>
public static partial class SentenceReader
{
    [GeneratedRegex(@"^\s?(?:이면(?!서)|면(?!서)|인\s?경우|일\s?경우|의\s?경우|시(?=\s|,)|이거나|인 때)")]
    private static partial Regex IfMarker();

    [GeneratedRegex(@"(?<=[가-힣])거나\s|(?<=(?:기업|기관|업체|사업자|센터|청년|과제|법인|[가-힣]자)),\s")]
    private static partial Regex ClauseOr();

    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex Bracket();

    /// <summary>The predicate of a sentence that lets someone in (신청할 수 있습니다, 참여 가능).</summary>
    [GeneratedRegex(@"(?:신청|참여|지원)\S*\s?(?:할\s?수\s?있|가능)\S*\s*\.?\s*$")]
    private static partial Regex Permits();

    /// <summary>Words that narrow a permission beyond who it names (법인만, 1회에 한해, 1년이 지나야, …한 경우에만): not read as one.</summary>
    [GeneratedRegex(@"[가-힣]만\s|한해|한하여|한정|지나야|에만|어야|아야")]
    private static partial Regex Restricts();

    [GeneratedRegex(@"(?<=[가-힣])거나\s|,\s")]
    private static partial Regex Item();

    /// <summary>Whether a bullet's label names the most that is given ((한도), (지원 한도), (상한)).</summary>
    public static bool NamesLimit(string? label) => label is not null && LimitLabel().IsMatch(label);

    /// <summary>A label naming the most that is given ((한도), (지원 한도), (상한)).</summary>
    [GeneratedRegex(@"^\s*(?:[가-힣]+\s?)?(?:한도|상한)\s*$")]
    private static partial Regex LimitLabel();

    public static IReadOnlyList<Rule> Read(string sentence, RuleContext context, out IReadOnlyList<Proviso> bracketProvisos)
    {
        var provisos = new List<Proviso>();
        bracketProvisos = provisos;
        // A question (문 3) 작년에 받았는데, 올해 다시 신청할 수 있나요?) asks what the answer after it rules; it rules nothing.
        if (OutcomeWords.Reports(sentence) || sentence.TrimEnd().EndsWith('?'))
        {
            return [];
        }
        if (OnlyLegalForm(sentence, context) is { } legalForm)
        {
            return [legalForm];
        }
        var text = BlankLiftingBrackets(sentence, context, provisos);
        var limit = NamesLimit(context.Passage.Unit.Label);
        var conditions = Version(ConditionScanner.Scan(text, context.BareUnit, context.Year, limit).ToList());
        // A bound with no words of its own limits what the bullet's label names ((거리) … 15km 이내).
        if (context.Passage.Unit.Label is { } label && ConditionScanner.Terms(label) is { Count: > 0 } labelTerms)
        {
            conditions = [.. conditions.Select(c => c.Subject.Count == 0 ? c with { Subject = labelTerms } : c)];
        }
        var rules = new List<Rule>();
        var all = Groups(conditions);
        // Bands are the groups of one kind of amount (점수); a deadline in the same sentence is a rule of its own.
        var family = all.GroupBy(g => g[0].Unit.Family).OrderByDescending(f => f.Count()).FirstOrDefault()?.Key;
        var groups = all.Where(g => g[0].Unit.Family == family).ToList();
        if (IsBanded(text, groups))
        {
            var others = conditions.Where(c => !groups.Any(g => g.Contains(c))).ToList();
            if (others.Count > 0)
            {
                rules.Add(new Rule
                {
                    Passage = context.Passage,
                    Text = sentence,
                    Form = RuleForm.Requirement,
                    Outcome = Outcome.Positive,
                    Alternatives = [new RuleClause(others, [])],
                    Scope = context.Scope,
                    Terms = context.Terms,
                });
            }
            for (var g = 0; g < groups.Count; g++)
            {
                var end = groups[g][^1].End;
                var next = g + 1 < groups.Count ? groups[g + 1][0].Start : text.Length;
                var outcomeText = text[end..Math.Max(end, next)].Trim(' ', ',', '/', '.');
                outcomeText = IfMarker().Replace(outcomeText, "").Trim();
                rules.Add(new Rule
                {
                    Passage = context.Passage,
                    Text = sentence,
                    Form = RuleForm.Consequence,
                    Outcome = OutcomeWords.Read(outcomeText) ?? Outcome.Positive,
                    OutcomeText = outcomeText,
                    Alternatives = [new RuleClause(groups[g], [])],
                    Scope = context.Scope,
                    Terms = context.Terms,
                });
            }
            return rules;
        }
        // Bounds only in brackets qualify something else (…증명(창업 3년 이내 기업은 보유 연도분)), not a rule of the sentence.
        if (conditions.Count > 0 && conditions.All(c => c.Parenthetical))
        {
            return rules;
        }
        // A bracketed amount for a scope (…넘는 기업(비수도권 소재 기업은 70억원)) sits inside what the rule names, not before its outcome.
        var last = conditions.Where(c => !(c.Parenthetical && c.InheritedSubject && !c.Scope.IsEmpty)).Select(c => c.End).DefaultIfEmpty(conditions.Count > 0 ? conditions.Max(c => c.End) : 0).Max();
        var tail = text[Math.Min(last, text.Length)..];
        var outcome = OutcomeWords.ReadTail(tail) ?? context.HeadingOutcome;
        // What excludes is listed item by item (…6개월 이내 실증 미착수, 3개월 이상 실증 중단, 사업비 목적 외 사용 시 …): any one excludes.
        var excludes = outcome == Outcome.Negative && !OutcomeWords.FollowsFromFailing(tail);
        var clauses = Clauses(text, conditions, excludes);
        if (conditions.Count > 0 && OnlyIf(sentence, tail, clauses, context) is { } restricted)
        {
            rules.Add(restricted);
            return rules;
        }
        if (clauses.All(c => c.IsEmpty))
        {
            return rules;
        }
        var conditional = conditions.Count > 0 && IfMarker().IsMatch(text[conditions.Max(c => c.End)..]);
        // A sentence with no bound states a rule only when it excludes (…를 체납한 기업 under 참여제한), or when it lets whoever
        // its words name apply (관광벤처기업으로 지정된 기업은 … 신청할 수 있습니다): a permission, only a way in.
        if (conditions.Count == 0 && outcome != Outcome.Negative)
        {
            if (outcome == Outcome.Positive && Permits().Match(text) is { Success: true } permits && clauses.Any(c => c.Cues.Count > 0) && !Restricts().IsMatch(text))
            {
                rules.Add(new Rule
                {
                    Passage = context.Passage,
                    Text = sentence,
                    Form = RuleForm.Consequence,
                    Outcome = Outcome.Positive,
                    OutcomeText = permits.Value,
                    Alternatives = clauses,
                    Scope = context.Scope,
                    Terms = context.Terms,
                    IsPermission = true,
                });
            }
            return rules;
        }
        var form = OutcomeWords.FollowsFromFailing(tail) ? RuleForm.Requirement
            : outcome is Outcome.Negative or Outcome.Reduced || conditional && outcome is not null ? RuleForm.Consequence : RuleForm.Requirement;
        // Bounds no one could meet together (매출 50억원 이상 … 최대 7,000만원) are a list of values for different types
        // (Ⅰ형은 최대 3,000만원, Ⅲ형(매출 50억원 이상)은 최대 7,000만원), not one requirement on everyone.
        if (form == RuleForm.Requirement && clauses.Any(c => Bounds.Contradict(c.Conditions)))
        {
            return rules;
        }
        rules.Add(new Rule
        {
            Passage = context.Passage,
            Text = sentence,
            Form = form,
            Outcome = outcome ?? Outcome.Positive,
            OutcomeText = tail.Trim(' ', ',', '.'),
            Alternatives = clauses,
            Scope = context.Scope,
            Terms = context.Terms,
        });
        return rules;
    }

    /// <summary>
    /// Bounds naming whom a sentence is about, who may apply only one way (업력 3년 이상이고 매출액 50억원 이상인 기업은 글로벌형
    /// 요건을 갖춘 경우에만 신청할 수 있습니다): not a requirement on everyone but an exclusion of those the bounds name, lifted
    /// for those who take that way.
    /// </summary>
    private static Rule? OnlyIf(string sentence, string tail, IReadOnlyList<RuleClause> clauses, RuleContext context)
    {
        if (TopicAfterBounds().Match(tail) is not { Success: true } topic || OnlyWay().Match(tail, topic.Index + topic.Length) is not { Success: true } only)
        {
            return null;
        }
        var way = only.Groups["way"].Value;
        var rule = new Rule
        {
            Passage = context.Passage,
            Text = sentence,
            Form = RuleForm.Consequence,
            Outcome = Outcome.Negative,
            OutcomeText = tail[(topic.Index + topic.Length)..].Trim(' ', '.', ','),
            Alternatives = [.. clauses.Select(c => new RuleClause(c.Conditions, []))],
            Scope = context.Scope,
            Terms = context.Terms,
        };
        if (CueReader.Read(way, []) is { Count: > 0 } cues)
        {
            rule.Provisos.Add(new Proviso { Passage = context.Passage, Text = only.Value.Trim(), When = [new RuleClause([], cues)] });
        }
        return rule;
    }

    [GeneratedRegex(@"^\s?(?:인|의)?\s?(?:기업|자|사업자|법인|업체|과제)(?:은|는)\s")]
    private static partial Regex TopicAfterBounds();

    /// <summary>Who may apply by legal form alone (글로벌형은 법인만 신청할 수 있습니다).</summary>
    [GeneratedRegex(@"^\W*(?:(?<topic>[^.]+?)(?:은|는)\s)?(?<form>법인|개인사업자)만\s?(?:신청|참여|지원)\S*\s?(?:할\s?수\s?있|가능)")]
    private static partial Regex LegalFormOnly();

    /// <summary>
    /// A legal form only (글로벌형은 법인만 신청할 수 있습니다): a company is either incorporated (법인) or a sole proprietor
    /// (개인사업자), so the rule excludes the other form from what its topic names.
    /// </summary>
    private static Rule? OnlyLegalForm(string sentence, RuleContext context)
    {
        if (LegalFormOnly().Match(sentence) is not { Success: true } only)
        {
            return null;
        }
        var other = only.Groups["form"].Value == "법인" ? "개인사업자" : "법인";
        var topic = ScopeWords.Read(only.Groups["topic"].Value) with { Version = null };
        return new Rule
        {
            Passage = context.Passage,
            Text = sentence,
            Form = RuleForm.Consequence,
            Outcome = Outcome.Negative,
            OutcomeText = only.Value.Trim(),
            Alternatives = [new RuleClause([], [new Cue(other, [[other]])])],
            Scope = context.Scope.With(topic),
            Terms = context.Terms,
        };
    }

    [GeneratedRegex(@"\G(?<way>[^.]*?)\s?(?:경우|때)에만\s(?:신청|참여|지원)\S*\s?(?:할\s?수\s?있|가능)")]
    private static partial Regex OnlyWay();

    /// <summary>Clauses split at 거나, each with its bounds and its conditions in words.</summary>
    public static IReadOnlyList<RuleClause> Clauses(string text, IReadOnlyList<Condition> conditions, bool items = false)
    {
        var cuts = new List<int> { 0 };
        foreach (Match m in (items ? Item() : ClauseOr()).Matches(text))
        {
            if (ConditionScanner.Depth(text, m.Index) == 0)
            {
                cuts.Add(m.Index + m.Length);
            }
        }
        cuts = [.. cuts.Distinct().Order()];
        cuts.Add(text.Length);
        var clauses = new List<RuleClause>();
        for (var i = 0; i + 1 < cuts.Count; i++)
        {
            var (from, to) = (cuts[i], cuts[i + 1]);
            var own = conditions.Where(c => c.End > from && c.End <= to).ToList();
            var part = new string(' ', from) + text[from..to];
            var cueText = CutOutcome(part, own);
            var cues = CueReader.Read(cueText, own);
            var clause = new RuleClause(own, cues);
            if (!clause.IsEmpty)
            {
                clauses.Add(clause);
            }
        }
        return clauses;
    }

    /// <summary>The part of a clause before what it grants or withholds (…청년은 | 다시 신청할 수 없다).</summary>
    private static string CutOutcome(string part, IReadOnlyList<Condition> conditions)
    {
        var floor = conditions.Count > 0 ? conditions.Max(c => c.End) : 0;
        // A new clause after the bounds (…30% 이하로 정하며, 입주 기간은 2년이다) states something else.
        if (floor > 0 && Regex.Match(part[Math.Min(floor, part.Length)..], @"(?:,|며|고)\s") is { Success: true } clauseBreak && ConditionScanner.Depth(part, floor + clauseBreak.Index) == 0)
        {
            part = part[..(floor + clauseBreak.Index)];
        }
        foreach (Match m in Regex.Matches(part, @"(?<=[가-힣)])(?<!또)(?:은|는|에는|이면|면|경우에는|경우)\s"))
        {
            if (m.Index >= floor && OutcomeWords.Read(part[(m.Index + m.Length)..]) is not null && ConditionScanner.Depth(part, m.Index) == 0)
            {
                return part[..m.Index];
            }
        }
        // A list item ends with what it names (…를 체납한 기업); a sentence may end with its outcome (… 신청할 수 없음).
        var outcomeAt = Regex.Match(part, @"(?:신청|참여|지원|선정)\S*\s?(?:할\s?수\s?없|불가|가능|할\s?수\s?있|제외|제한)");
        return outcomeAt.Success && outcomeAt.Index >= floor ? part[..outcomeAt.Index] : part;
    }

    /// <summary>Bounds that stand together (60점 이상 70점 미만): nothing but spaces between them.</summary>
    private static List<List<Condition>> Groups(IReadOnlyList<Condition> conditions)
    {
        var groups = new List<List<Condition>>();
        foreach (var c in conditions.Where(c => !c.Superseded))
        {
            if (groups.Count > 0 && c.Start - groups[^1][^1].End <= 1 && RuleAmounts.Comparable(c.Unit, groups[^1][^1].Unit))
            {
                groups[^1].Add(c);
            }
            else
            {
                groups.Add([c]);
            }
        }
        return groups;
    }

    private static bool IsBanded(string text, List<List<Condition>> groups)
    {
        if (groups.Count < 2 || !groups.All(g => RuleAmounts.Comparable(g[0].Unit, groups[0][0].Unit)) || groups[0][0].IsDate)
        {
            return false;
        }
        var marked = 0;
        for (var g = 0; g < groups.Count; g++)
        {
            var end = groups[g][^1].End;
            var next = g + 1 < groups.Count ? groups[g + 1][0].Start : text.Length;
            var between = text[end..Math.Max(end, next)];
            if (IfMarker().IsMatch(between) || g + 1 < groups.Count && between.Contains('/'))
            {
                marked++;
            }
        }
        return marked >= groups.Count - 1 && marked >= 1;
    }

    /// <summary>In "A에서 B로", A is the current (현행) bound and B the amended (개정) one, for the same scope.</summary>
    private static List<Condition> Version(List<Condition> conditions)
    {
        for (var i = 0; i < conditions.Count; i++)
        {
            var c = conditions[i];
            if (!c.Superseded)
            {
                continue;
            }
            conditions[i] = c with { Scope = c.Scope.With(new RuleScope { Version = ScopeWords.Current }) };
            var next = conditions.Skip(i + 1).FirstOrDefault(n => RuleAmounts.Comparable(n.Unit, c.Unit));
            if (next is not null)
            {
                var j = conditions.IndexOf(next);
                conditions[j] = next with
                {
                    Scope = c.Scope.With(next.Scope).With(new RuleScope { Version = ScopeWords.Amended }),
                    Subject = next.InheritedSubject || next.Subject.Count == 0 ? c.Subject : next.Subject,
                    Base = next.Base.Count == 0 ? c.Base : next.Base,
                };
            }
        }
        return conditions;
    }

    /// <summary>A bracket that lifts the rule for some (창업 3년 이내 기업은 제외) becomes an exception and is left out of the rule.</summary>
    private static string BlankLiftingBrackets(string sentence, RuleContext context, List<Proviso> provisos)
    {
        var chars = sentence.ToCharArray();
        foreach (Match m in Bracket().Matches(sentence))
        {
            var inner = m.Value[1..^1];
            if (!OutcomeWords.Lifts(inner))
            {
                continue;
            }
            var conditions = ConditionScanner.Scan(inner, context.BareUnit, context.Year);
            var cues = CueReader.Read(Regex.Replace(inner, @"(?:은|는)?\s?(?:제외|적용하지\s?않\S*|미적용)\s*$", ""), conditions);
            if (conditions.Count == 0 && cues.Count == 0)
            {
                continue;
            }
            provisos.Add(new Proviso { Passage = context.Passage, Text = m.Value, When = [new RuleClause(conditions, cues)] });
            for (var i = m.Index; i < m.Index + m.Length; i++)
            {
                chars[i] = ' ';
            }
        }
        return new string(chars);
    }

    /// <summary>The unit a table writes its bare numbers in, from its title or header ((단위:%) → %).</summary>
    public static Unit? UnitOf(string? written) =>
        written is null ? null : written.Split([',', '·', ' '], StringSplitOptions.RemoveEmptyEntries).Select(u => Units.Find(u.Trim())).FirstOrDefault(u => u is not null);
}
