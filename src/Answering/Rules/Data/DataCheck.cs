using System.Text.RegularExpressions;
using Answering.Composing;
using Answering.Contract;
using Answering.Documents;
using Answering.Rules.Facts;
using Answering.Rules.Writing;
using Corpus.Quantities;
using Knowledge.Language;

namespace Answering.Rules.Data;

/// <summary>
/// Answers yes/no questions about a statistics document's data (7월 대미 수출은 작년보다 늘었나요?; 증가율이 두 자릿수인 품목에
/// 자동차도 포함되나요?; 우리 8% 증가가 석유화학 전체보다 높은가요?): the rate the document gives for what is named, in the period
/// asked — its sign against the direction asked, or its size against a number of digits or the asker's own figure. Rates for
/// two periods that disagree when the question names none (7월 +6.1%, 1~7월 누계 −4.4%) make it depend; a month the document
/// does not cover is not in it, unless a run it states (9개월 연속 증가) covers that month.
/// </summary>
public static partial class DataCheck
{
    [GeneratedRegex(@"흑자|적자|늘었|늘어난|늘어|증가했|증가한|증가|줄었|줄어든|감소했|감소한|감소|높은|높아|낮은|낮아|많은|적은|넘었|넘는|넘어|올랐|오른|떨어|하락|상승|포함되|들어가|볼\s?수\s?있|자릿수")]
    private static partial Regex DataPredicate();

    [GeneratedRegex(@"(?<n>한|두|세|네)\s?자릿?\s?수")]
    private static partial Regex Digits();

    [GeneratedRegex(@"높|많|크|넘|앞서|웃돌")]
    private static partial Regex Higher();

    [GeneratedRegex(@"낮|적|작|밑돌|못\s?미치")]
    private static partial Regex Lower();

    [GeneratedRegex(@"(?<n>\d{1,2})\s?개월\s?연속\s?(?<w>증가|감소|상승|하락|흑자|적자|플러스|마이너스)")]
    private static partial Regex Streak();

    [GeneratedRegex(@"누계|누적|합계\s?기준")]
    private static partial Regex CumulativeAsked();

    public static AnswerDraft? Answer(AnswerDraft draft, DocumentMatch match, AskerFacts facts)
    {
        var ask = facts.Text[facts.Ask.Start..facts.Ask.End];
        if (!DataPredicate().IsMatch(ask))
        {
            return null;
        }
        if (Balance().Match(ask) is { Success: true } balance && Balanced(draft, match, balance.Value) is { } balanced)
        {
            return balanced;
        }
        if (LevelCompared(draft, match, ask) is { } level)
        {
            return level;
        }
        var reference = ReferenceMonth(match);
        var asked = AskedMonths(match).Where(m => m != reference || AskedMonths(match).Count == 1).ToList();
        var month = asked.Count == 1 ? asked[0] : (int?)null;
        var rates = RateFinder.Find(match);
        if (!ChangeWord().IsMatch(facts.Text))
        {
            // 전국 평균보다 낮은가요? compares levels: a change in points or in counts beside a figure is not what it asks.
            rates = [.. rates.Where(r => r.Measure is null && (r.Column?.Unit ?? r.Figure?.Unit)?.Family is null or UnitFamily.Percent)];
        }
        if (rates.Count == 0)
        {
            return null;
        }
        if (Compared(draft, match, rates, ask) is { } compared)
        {
            return compared;
        }
        var top = rates[0].Score;
        var best = rates.Where(r => r.Score >= top * 0.8).ToList();
        if (month is int m && m != reference)
        {
            var inMonth = best.Where(r => !r.Cumulative && r.Months.Contains(m)).ToList();
            if (inMonth.Count == 0)
            {
                return Streaked(draft, match, facts, m, reference) ?? NotCovered(draft, match, best[0], m);
            }
            best = inMonth;
        }
        var cumulativeAsked = CumulativeAsked().IsMatch(facts.Text);
        var row = best[0].Row;
        var periods = best.Where(r => r.Row is null || r.Row == row || r.Table is null).ToList();
        var chosen = cumulativeAsked ? periods.Where(r => r.Cumulative).ToList() : month is not null ? periods.Where(r => !r.Cumulative).ToList() : periods;
        if (chosen.Count == 0)
        {
            chosen = periods;
        }
        var signs = chosen.Select(r => Math.Sign(r.Value)).Distinct().ToList();
        var english = draft.English;
        if (signs.Count > 1 && chosen.Any(r => r.Cumulative) && chosen.Any(r => !r.Cumulative) && !Digits().IsMatch(ask))
        {
            draft.Eligible = Eligibility.Depends;
            draft.Say(Phrases.Verdict(Eligibility.Depends, english));
            foreach (var rate in chosen.DistinctBy(r => r.Label).Take(3))
            {
                draft.Say(Describe(draft, match, rate));
            }
            draft.Say(english ? "It depends on the period you mean: the month alone or the year to date (누계)." : "한 달(당월) 기준인지, 올해 누계 기준인지에 따라 답이 달라집니다.");
            return draft;
        }
        // Measures of one row that moved apart (취업자 감소, 고용률 상승) answer "좋아졌나요" only once the measure is chosen.
        if (signs.Count > 1 && chosen.Where(r => r.Measure is not null).Select(r => r.Measure).Distinct().Count() > 1 && !Digits().IsMatch(ask))
        {
            draft.Eligible = Eligibility.Depends;
            draft.Say(Phrases.Verdict(Eligibility.Depends, english));
            foreach (var rate in chosen.Where(r => r.Measure is not null).DistinctBy(r => r.Measure).Take(3))
            {
                draft.Say(Describe(draft, match, rate));
            }
            draft.Say(english ? "The measures moved in different directions, so it depends on which one you mean." : "지표마다 움직인 방향이 달라, 어느 지표로 보느냐에 따라 답이 달라집니다.");
            return draft;
        }
        var main = chosen[0];
        bool yes;
        if (Digits().Match(ask) is { Success: true } digits)
        {
            var n = digits.Groups["n"].Value switch { "한" => 1, "두" => 2, "세" => 3, _ => 4 };
            var size = Math.Abs(main.Value);
            yes = size >= Math.Pow(10, n - 1) && size < Math.Pow(10, n) && (n > 1 || size > 0) && Math.Sign(main.Value) != -Math.Max(0, facts.Question.Direction);
        }
        else if (facts.Numbers.FirstOrDefault(f => f.Unit.Family == UnitFamily.Percent && Math.Abs(f.Value - main.Value) > 1e-9) is { } own && (Higher().IsMatch(ask) || Lower().IsMatch(ask)))
        {
            yes = Higher().IsMatch(ask) ? own.Value > main.Value : own.Value < main.Value;
            draft.Eligible = yes ? Eligibility.Yes : Eligibility.No;
            draft.Say(Phrases.Fact(draft.Eligible, english));
            draft.Say(Describe(draft, match, main));
            draft.Say(english ? $"Your {own.Written} is {(own.Value > main.Value ? "above" : own.Value < main.Value ? "below" : "equal to")} it." : $"말씀하신 {Josa.With(own.Written, "은/는")} 이보다 {(own.Value > main.Value ? "높습니다" : own.Value < main.Value ? "낮습니다" : "같습니다")}.");
            return draft;
        }
        else
        {
            var direction = facts.Question.Direction == 0 ? 1 : facts.Question.Direction;
            yes = Math.Sign(main.Value) == direction;
        }
        draft.Eligible = yes ? Eligibility.Yes : Eligibility.No;
        draft.Say(Phrases.Fact(draft.Eligible, english));
        draft.Say(Describe(draft, match, main));
        return draft;
    }

    [GeneratedRegex(@"흑자|적자")]
    private static partial Regex Balance();

    [GeneratedRegex(@"늘|줄|증가|감소|올랐|오른|올라|떨어|상승|하락|좋아|나빠|개선|악화")]
    private static partial Regex ChangeWord();

    [GeneratedRegex(@"(?:늘었|늘어났|늘어난|줄었|줄어들었|줄어든|증가했|증가한|감소했|감소한|올랐|오른|떨어졌|떨어진|상승했|상승한|하락했|하락한)[가-힣\s]{0,6}[?？]?$")]
    private static partial Regex ChangeAsked();

    /// <summary>
    /// Whether the question asks only whether something rose or fell (3월 부산 취업자가 작년보다 늘었나요?), stating no amount of
    /// the asker's own: a question about the data, answered before any rule is tried on the asker's case.
    /// </summary>
    public static bool AsksAboutChange(AskerFacts facts) =>
        ChangeAsked().IsMatch(facts.Text[facts.Ask.Start..facts.Ask.End].Trim().TrimEnd('.', '?', '？', ' ')) && facts.Numbers.Count == 0;

    /// <summary>What a comparison is made against: the word before 보다 (수도권보다 → 수도권).</summary>
    [GeneratedRegex(@"(?<base>[가-힣A-Za-z0-9·]+?)(?:이|가|은|는|의)?\s?보다")]
    private static partial Regex Against();

    /// <summary>
    /// Two things the document gives rates for, one against the other (비수도권 증가율이 수도권보다 높았어요?): the rows of one
    /// table column named by the word before 보다 and by a word elsewhere in the question, compared as asked.
    /// </summary>
    private static AnswerDraft? Compared(AnswerDraft draft, DocumentMatch match, IReadOnlyList<Rate> rates, string ask)
    {
        if (Against().Match(ask) is not { Success: true } against || !(Higher().IsMatch(ask[(against.Index + against.Length)..]) || Lower().IsMatch(ask[(against.Index + against.Length)..])))
        {
            return null;
        }
        var baseWord = against.Groups["base"].Value;
        var rest = ask[..against.Index] + " " + ask[(against.Index + against.Length)..];
        foreach (var rate in rates.Where(r => r.Table is not null && r.Row is not null && FirstWord(r.Row.Name) == baseWord))
        {
            var other = rates.FirstOrDefault(r => r.Table == rate.Table && r.Column == rate.Column && r.Row is not null && r.Row != rate.Row
                && FirstWord(r.Row.Name) is { Length: >= 1 } word && word != baseWord && Regex.IsMatch(rest, $@"(?<![가-힣]){Regex.Escape(word)}(?:이|가|은|는|의|도)?(?![가-힣])"));
            if (other is null)
            {
                continue;
            }
            var higher = Higher().IsMatch(ask[(against.Index + against.Length)..]);
            var yes = higher ? other.Value > rate.Value : other.Value < rate.Value;
            draft.Eligible = yes ? Eligibility.Yes : Eligibility.No;
            draft.Say(Phrases.Fact(draft.Eligible, draft.English));
            draft.Say(Describe(draft, match, other));
            draft.Say(Describe(draft, match, rate));
            return draft;
        }
        return null;
    }

    private static string FirstWord(string name) => name.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";

    /// <summary>Whether a balance was a surplus or a deficit (무역수지는 흑자였나요?): the word the document writes after the amount.</summary>
    private static AnswerDraft? Balanced(AnswerDraft draft, DocumentMatch match, string asked)
    {
        var terms = match.EvidenceTerms.Where(t => t.Length >= 2 && t is not ("흑자" or "적자")).ToList();
        var best = match.Document.Figures
            .Select(f => (Figure: f, Word: Regex.Match(f.Passage.Text[f.Quantity.End..Math.Min(f.Passage.Text.Length, f.Quantity.End + 4)], @"^\s?(흑자|적자)"), Score: terms.Sum(t => f.Weight(t) * match.Weight(t))))
            .Where(x => x.Word.Success && x.Score > 0).OrderByDescending(x => x.Score).FirstOrDefault();
        if (best.Figure is null)
        {
            return null;
        }
        var english = draft.English;
        draft.Eligible = best.Word.Groups[1].Value == asked ? Eligibility.Yes : Eligibility.No;
        draft.Say(Phrases.Fact(draft.Eligible, english));
        var marker = draft.Cite(best.Figure.Passage);
        draft.Say(Phrases.Rule(Shown.Text(best.Figure.Passage.Text).TrimEnd('.'), marker, english));
        return draft;
    }

    /// <summary>A month the rates do not cover may still lie inside a run the document states (반도체 … 9개월 연속 증가).</summary>
    private static AnswerDraft? Streaked(AnswerDraft draft, DocumentMatch match, AskerFacts facts, int month, int? reference)
    {
        if (reference is not int r)
        {
            return null;
        }
        var terms = match.EvidenceTerms.Where(t => t.Length >= 2 && !match.IsNaming(t)).ToList();
        var found = match.Document.Passages
            .Select(p => (Passage: p, Run: Streak().Match(p.Text), Score: terms.Where(t => p.Terms.Contains(t)).Sum(match.Weight)))
            .Where(x => x.Run.Success && x.Score > 0).OrderByDescending(x => x.Score).FirstOrDefault();
        if (found.Passage is null)
        {
            return null;
        }
        var n = int.Parse(found.Run.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var covered = Enumerable.Range(0, n).Select(i => ((r - 1 - i) % 12 + 12) % 12 + 1).ToList();
        if (!covered.Contains(month))
        {
            return null;
        }
        var up = found.Run.Groups["w"].Value is "증가" or "상승" or "흑자" or "플러스";
        var direction = facts.Question.Direction == 0 ? 1 : facts.Question.Direction;
        var english = draft.English;
        draft.Eligible = up == direction > 0 ? Eligibility.Yes : Eligibility.No;
        draft.Say(Phrases.Fact(draft.Eligible, english));
        var marker = draft.Cite(found.Passage);
        draft.Say(Phrases.Rule(Shown.Text(found.Passage.Text).TrimEnd('.'), marker, english));
        draft.Say(english
            ? $"A run of {found.Run.Value} up to month {r} includes month {month}."
            : $"{r}월까지 ‘{found.Run.Value}’이므로 {month}월도 그 기간에 들어갑니다.");
        return draft;
    }

    private static AnswerDraft NotCovered(AnswerDraft draft, DocumentMatch match, Rate nearest, int month)
    {
        var english = draft.English;
        draft.Eligible = Eligibility.NotInDocument;
        draft.Say(english ? $"The document gives no figure for month {month}." : $"문서에는 {month}월 수치가 나와 있지 않습니다.");
        draft.Say(english ? "The nearest figure it gives is:" : "문서에 있는 가장 가까운 수치는 다음과 같습니다.");
        draft.Say(Describe(draft, match, nearest));
        return draft;
    }

    private static string Describe(AnswerDraft draft, DocumentMatch match, Rate rate)
    {
        var marker = rate.Table is { } table && rate.Row is { } row ? draft.Cite(match.Document, table, row, rate.Column) : rate.Figure is { } f ? draft.Cite(f.Passage) : "";
        var up = rate.Value >= 0;
        // As the document writes it (3.0, △4.4), without its sign: the word says the direction.
        var written = rate.Table is { } t && rate.Row is { } r && rate.Column is { } c ? t.Cell(r, c).Text.Trim().TrimStart('△', '▲', '▼', '-', '+', '−') : "";
        var size = written.Length > 0 && double.TryParse(written.Replace(",", ""), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _) ? written : Amounts.Plain(Math.Abs(rate.Value));
        // A change column keeps its own unit (천명, %p); a rate without one is a percentage.
        var unit = (rate.Column?.Unit ?? rate.Figure?.Unit) is { } u && u != Units.None ? u.Symbol : "%";
        return draft.English
            ? $"{rate.Label}: {size}{unit} {(up ? "increase" : "decrease")} {marker}"
            : $"{rate.Label}: {size}{unit} {(up ? "증가" : "감소")} {marker}";
    }

    /// <summary>The month the document reports on: the one its title or programme name gives (7월 수출입 동향).</summary>
    private static int? ReferenceMonth(DocumentMatch match)
    {
        foreach (var name in match.Document.Profile.Names.Append(match.Document.Profile.Title))
        {
            if (Regex.Match(TextNormalizer.Normalize(name), @"(?<![\d~])(?<m>\d{1,2})\s?월(?!\s?\d)") is { Success: true } m)
            {
                return int.Parse(m.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture);
            }
        }
        return null;
    }

    /// <summary>Months the question asks about, not those that only name the document (2024년 7월 수출입 동향).</summary>
    private static List<int> AskedMonths(DocumentMatch match)
    {
        var text = match.Question.Text;
        var months = new List<int>();
        foreach (Match m in Regex.Matches(text, @"(?<![\d~])(?<m>\d{1,2})\s?월(?!\s?\d{1,2}\s?일)"))
        {
            var after = TextNormalizer.Compact(text[(m.Index + m.Length)..Math.Min(text.Length, m.Index + m.Length + 12)]);
            var naming = match.Document.Profile.Names.Any(n =>
            {
                var compact = Regex.Replace(TextNormalizer.Compact(n), @"^\d{2,4}년?\d{1,2}월", "");
                return compact.Length >= 3 && after.StartsWith(compact[..Math.Min(4, compact.Length)], StringComparison.Ordinal);
            });
            var month = int.Parse(m.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (!naming && month is >= 1 and <= 12 && !months.Contains(month))
            {
                months.Add(month);
            }
        }
        return months;
    }
}
