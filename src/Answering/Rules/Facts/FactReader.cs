using System.Text.RegularExpressions;
using Answering.Documents;
using Corpus.Quantities;
using Knowledge.Dates;
using Knowledge.Language;
using Knowledge.Rules.Conditions;
using Knowledge.Rules.Scopes;

namespace Answering.Rules.Facts;

/// <summary>
/// Reads the asker's facts from a question: every amount (ages and 번 included) and every date with a day (12월 말 is the
/// month's last day), each with the terms of up to three words before it and two after it in its clause; the kind of
/// place of each 시·도 it names (대전 → 광역시, 충북 → 도, 강원 → 특별자치도, which follows 도 rules) or the kind it says
/// outright; company size; type labels; the version of an amended rule; grades; and which sentence asks.
/// </summary>
public static partial class FactReader
{
    private const int WordsBefore = 4;
    private const int WordsAfter = 2;

    [GeneratedRegex(@"(?<!\d),|,(?!\d)|[.?!;·]|(?<=[가-힣])(?:인데|는데|은데|지만|이고|이며|하고|였고|했고|있고|없고|고|며)\s")]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"^\s?(?:만에|만|후에|뒤에|째에?)?\s?(?:그만|퇴사|퇴직|이직|관두|관뒀|나갔|나가|해고|계약\s?(?:해지|종료))")]
    private static partial Regex Left();

    [GeneratedRegex(@"(?<![\d.])(?<m>\d{1,2})\s?월\s?(?<w>말|초|중순|하순|상순)")]
    private static partial Regex MonthPart();

    [GeneratedRegex(@"(?<w>재작년|작년|지난해|올해|금년)(?=에|\s|도)|(?:'|(?<!\d)20)(?<y>\d{2})년(?:도)?에(?!\s?\d)")]
    private static partial Regex YearsAgo();

    [GeneratedRegex(@"(?<![A-Za-z])(?<!연속\s?)(?<g>[SABCDE])\s?등급")]
    private static partial Regex Grade();

    [GeneratedRegex(@"[?？]|(?:나요|까요|습니까|ㅂ니까|가요|는지요|어요\?|죠)\s*$")]
    private static partial Regex Asking();

    public static AskerFacts Read(DocumentMatch match)
    {
        var question = match.Question;
        var text = question.Text;
        var year = match.Document.Profile.Year ?? DateTime.Today.Year;
        var ask = AskSpan(text);
        var dates = DateScanner.Scan(text);
        var numbers = new List<AskerFact>();
        var amounts = RuleAmounts.Scan(text).Where(a => a.Unit != Units.None && !dates.Any(d => (d.Day is not null || d.Month is not null) && a.Start < d.End && d.Start < a.End)).ToList();
        var spans = amounts.Select(a => (a.Start, a.End)).Concat(dates.Where(d => d.HasDay).Select(d => (d.Start, d.End))).OrderBy(s => s.Start).ToList();
        foreach (var a in amounts)
        {
            var (before, after) = Words(match, text, a.Start, a.End, spans, out var around);
            numbers.Add(new AskerFact(a.Value, a.Unit, before, after, text.Substring(a.Start, a.Length), a.Start, a.End, a.Start >= ask.Start && a.Start < ask.End) { Around = around });
        }
        foreach (var d in dates.Where(d => d.HasDay))
        {
            // A time written right after the day (4월 5일 17시) is part of it.
            var time = dates.FirstOrDefault(t => t.Hour is not null && t.Start >= d.End && t.Start - d.End <= 6);
            var value = ConditionScanner.DayValue(d.Year ?? year, d.Month!.Value, d.Day!.Value, time?.Hour ?? 12);
            if (value is null)
            {
                continue;
            }
            var end = time is null ? d.End : time.End;
            var (before, after) = Words(match, text, d.Start, end, spans, out var around, actions: true);
            numbers.Add(new AskerFact(value.Value, RuleAmounts.Date, before, after, text[d.Start..end], d.Start, end, d.Start >= ask.Start && d.Start < ask.End) { Around = around });
        }
        foreach (Match m in MonthPart().Matches(text))
        {
            var month = int.Parse(m.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (month is < 1 or > 12)
            {
                continue;
            }
            var day = m.Groups["w"].Value switch { "말" or "하순" => DateTime.DaysInMonth(year, month), "중순" => 15, _ => 1 };
            var (before, after) = Words(match, text, m.Index, m.Index + m.Length, spans);
            numbers.Add(new AskerFact(ConditionScanner.DayValue(year, month, day, 12)!.Value, RuleAmounts.Date, before, after, m.Value, m.Index, m.Index + m.Length, m.Index >= ask.Start && m.Index < ask.End));
        }
        // When something happened, as years ago (작년에 지원받았는데; '22년에, 2023년에 선정됐고): a time since then, for "최근 N년 이내" bounds.
        var naming = match.NamingYears();
        foreach (Match m in YearsAgo().Matches(text))
        {
            if (m.Index >= ask.Start && m.Index < ask.End)
            {
                continue;
            }
            int? ago = m.Groups["w"].Value switch
            {
                "작년" or "지난해" or "전년" => 1,
                "재작년" => 2,
                "올해" or "금년" => 0,
                _ => m.Groups["y"].Success && int.TryParse(m.Groups["y"].Value, out var yy) && !naming.Contains(2000 + yy) ? year - (2000 + yy) : null,
            };
            if (ago is not int years || years < 0 || years > 30 || DatesAnAmount(text, m.Index + m.Length, amounts))
            {
                continue;
            }
            var (_, after) = Words(match, text, m.Index, m.Index + m.Length, spans, out var around);
            numbers.Add(new AskerFact(years, Units.Year, ["최근"], after, m.Value, m.Index, m.Index + m.Length, false) { Around = around });
        }
        // Two dates: the time between them counts from the earlier event to the later (협약 7월 12일 → 착수 12월 말: 5.6개월).
        var days = numbers.Where(n => n.Unit == RuleAmounts.Date).OrderBy(n => n.Start).ToList();
        for (var i = 0; i + 1 < days.Count; i++)
        {
            var (first, second) = (days[i], days[i + 1]);
            var gap = second.Value - first.Value;
            if (gap < 0)
            {
                gap += 365;
            }
            var months = Math.Round(gap / (365.25 / 12), 2);
            numbers.Add(new AskerFact(months, Units.Month, [.. second.Subject.Concat(second.After).Distinct()], [], $"{first.Written}~{second.Written}", second.Start, second.End, second.InAsk)
            {
                From = [.. first.Subject.Concat(first.After).Distinct()],
                Around = second.Around,
            });
        }
        // "4개월 만에 그만뒀어요": a time after which someone left is how long the job was kept (고용 유지 6개월 이상).
        for (var i = 0; i < numbers.Count; i++)
        {
            if (numbers[i].Unit.Family is UnitFamily.Duration or UnitFamily.Days && Left().IsMatch(text[numbers[i].End..]))
            {
                numbers[i] = numbers[i] with { Subject = [.. numbers[i].Subject.Concat(ConditionScanner.Terms("고용 유지 근무 재직")).Distinct()] };
            }
        }
        // "2.8억원(70%)": a bracketed share says what the amount before it is.
        for (var i = 1; i < numbers.Count; i++)
        {
            var (previous, current) = (numbers[i - 1], numbers[i]);
            if (current.Subject.Count == 0 && current.Start - previous.End is >= 0 and <= 2 && text[previous.End..current.Start].Contains('('))
            {
                numbers[i] = current with { Subject = previous.Subject };
            }
        }
        // The type or track the question names (일반 트랙으로 총사업비 4억원) scopes the case; it is not what an amount counts.
        var labelTerms = ScopeWords.Labels(text).SelectMany(l => ConditionScanner.Terms(l).Append(l)).ToHashSet(StringComparer.Ordinal);
        if (labelTerms.Count > 0)
        {
            numbers = [.. numbers.Select(n => n with { Subject = [.. n.Subject.Where(t => !labelTerms.Contains(t))], After = [.. n.After.Where(t => !labelTerms.Contains(t))] })];
        }
        numbers.Sort((x, y) => x.Start.CompareTo(y.Start));
        var terms = question.Terms.Select(t => DocumentMatch.Correct(match.Document, t)).Distinct().ToList();
        var askText = text[ask.Start..ask.End];
        return new AskerFacts
        {
            Question = question,
            Text = text,
            Numbers = numbers,
            Ask = ask,
            PlaceKinds = PlaceKinds(question),
            Sizes = ScopeWords.Sizes(text),
            Labels = [.. ScopeWords.Labels(text).Concat(question.Stages.Select(s => s + "단계")).Distinct()],
            Version = AskerFacts.VersionOf(text),
            Grades = [.. Grade().Matches(text).Select(m => m.Groups["g"].Value)],
            ReportsGrades = Grade().Matches(text).Any(m => m.Index < ask.Start || m.Index >= ask.End) || Grade().Matches(text).Count >= 2,
            Terms = terms,
            ProgrammeTerms = ProgrammeTerms(match),
            AskTerms = [.. TermAnalyzer.Terms(askText).Select(Lexicon.Canonical).Select(t => DocumentMatch.Correct(match.Document, t)).Distinct()],
        };
    }

    /// <summary>
    /// Whether a year word dates an amount in its clause (작년 전력 사용량이 420MWh): it says which year the amount counts,
    /// not when something happened to the asker (작년에 지원받았고).
    /// </summary>
    private static bool DatesAnAmount(string text, int from, IEnumerable<Corpus.Quantities.Quantity> amounts)
    {
        var next = ClauseBreak().Match(text, from);
        var end = next.Success ? next.Index : text.Length;
        return amounts.Any(a => a.Start >= from && a.Start < end);
    }

    /// <summary>광역시 or 도, from the kinds the question says and the 시·도 it names.</summary>
    private static IReadOnlyList<string> PlaceKinds(Understanding.Question question)
    {
        var kinds = new List<string>();
        foreach (var kind in question.PlaceKinds)
        {
            if (kind is ScopeWords.City or ScopeWords.Province && !kinds.Contains(kind))
            {
                kinds.Add(kind);
            }
        }
        foreach (var region in question.Regions)
        {
            var kind = region.IsCity ? ScopeWords.City : ScopeWords.Province;
            if (!kinds.Contains(kind))
            {
                kinds.Add(kind);
            }
        }
        return kinds;
    }

    /// <summary>The sentence that asks: the last one with a question mark or a question ending.</summary>
    private static (int Start, int End) AskSpan(string text)
    {
        var sentences = new List<(int Start, int End)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '.' or '?' or '!' && (i + 1 == text.Length || text[i + 1] == ' ') && !(i > 0 && char.IsDigit(text[i - 1]) && i + 1 < text.Length && char.IsDigit(text[i + 1])))
            {
                sentences.Add((start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.Length)
        {
            sentences.Add((start, text.Length));
        }
        if (sentences.Count == 0)
        {
            return (0, text.Length);
        }
        var asking = sentences.LastOrDefault(s => Asking().IsMatch(text[s.Start..s.End].Trim()));
        if (asking == default)
        {
            asking = sentences[^1];
        }
        // Only the last clause asks (…체납은 없는데 | 신청할 수 있나요?); the clauses before it state the case.
        var from = asking.Start;
        foreach (Match m in ClauseBreak().Matches(text[..asking.End], asking.Start))
        {
            if (m.Index + m.Length < asking.End - 2)
            {
                from = m.Index + m.Length;
            }
        }
        return (from, asking.End);
    }

    /// <summary>Terms of the words before and after a span in its clause, not reaching into another amount.</summary>
    private static (IReadOnlyList<string> Before, IReadOnlyList<string> After) Words(DocumentMatch match, string text, int start, int end, List<(int Start, int End)> spans) =>
        Words(match, text, start, end, spans, out _);

    private static (IReadOnlyList<string> Before, IReadOnlyList<string> After) Words(DocumentMatch match, string text, int start, int end, List<(int Start, int End)> spans, out string around, bool actions = false)
    {
        var floor = spans.Where(s => s.End <= start).Select(s => s.End).DefaultIfEmpty(0).Max();
        foreach (Match m in ClauseBreak().Matches(text[..start]))
        {
            floor = Math.Max(floor, m.Index + m.Length);
        }
        var ceiling = spans.Where(s => s.Start >= end).Select(s => s.Start).DefaultIfEmpty(text.Length).Min();
        var next = ClauseBreak().Match(text, end);
        if (next.Success)
        {
            ceiling = Math.Min(ceiling, next.Index + next.Length);
        }
        // Words of the programme's name as the question writes it (그린전환 공정혁신 기술개발사업 신청서를) name the document, not the fact.
        var naming = NamingSpans(match, text);
        var before = Unnamed(text, floor, start, naming).TakeLast(WordsBefore);
        // The rest of the fact's own word is a particle or ending (7월 4일에, 18km인데): the words after it say what happens.
        var rest = text[end..Math.Max(end, ceiling)];
        var skip = rest.Length > 0 && rest[0] != ' ' ? rest.IndexOf(' ') : 0;
        var after = skip < 0 ? [] : Unnamed(text, end + skip, end + rest.Length, naming).Take(WordsAfter);
        around = string.Join(" ", before.Concat(after));
        return (TermsOf(match, string.Join(" ", before), actions), TermsOf(match, string.Join(" ", after), actions));
    }

    /// <summary>A fact's words, each as the document spells it.</summary>
    private static IReadOnlyList<string> TermsOf(DocumentMatch match, string text, bool actions = false) =>
        [.. (actions ? ConditionScanner.ActionTerms(text) : ConditionScanner.Terms(text)).Select(t => DocumentMatch.Correct(match.Document, t)).Select(Lexicon.Canonical)
            .Concat(VerbConcepts(text))
            .Where(t => !ScopeWords.IsScopeWord(t)).Distinct()];

    /// <summary>
    /// Verbs the lexicon knows as a noun's concept (80만원 밀려 있었는데 → 체납): the naming terms leave verbs out, yet such a
    /// verb says what the amount is.
    /// </summary>
    private static IEnumerable<string> VerbConcepts(string text) =>
        TermAnalyzer.Tokenize(text).Select(t => (t.Surface, Canonical: Lexicon.Canonical(t.Surface)))
            .Where(t => t.Canonical != t.Surface && t.Canonical.Length >= 2 && t.Surface.Length >= 2)
            .Select(t => t.Canonical);

    /// <summary>The words between two positions, those inside the programme's name left out.</summary>
    private static IEnumerable<string> Unnamed(string text, int from, int to, List<(int Start, int End)> naming)
    {
        foreach (Match w in Regex.Matches(text[from..to], @"\S+"))
        {
            var at = from + w.Index;
            if (!naming.Any(n => at >= n.Start && at < n.End))
            {
                yield return w.Value;
            }
        }
    }

    /// <summary>Runs of two or more words of the programme's name (그린전환 공정혁신 기술개발사업; 빈집 창업공간).</summary>
    private static List<(int Start, int End)> NamingSpans(DocumentMatch match, string text)
    {
        var terms = ProgrammeTerms(match);
        var spans = new List<(int, int)>();
        var run = new List<Match>();
        foreach (Match w in Regex.Matches(text + " ", @"\S+"))
        {
            var bare = Regex.Replace(w.Value, @"(?:에서|에게|으로|로|은|는|이|가|을|를|의|에|도|와|과)$", "");
            var named = terms.Any(t => t.Length >= 3 && w.Value.Contains(t, StringComparison.Ordinal) || t == bare);
            if (named)
            {
                run.Add(w);
                continue;
            }
            if (run.Count >= 2)
            {
                spans.Add((run[0].Index, run[^1].Index + run[^1].Length));
            }
            run.Clear();
        }
        return spans;
    }

    /// <summary>The words of the programme's own name (「2025년 스마트물류 바우처 사업」), not of the headline.</summary>
    private static HashSet<string> ProgrammeTerms(DocumentMatch match) =>
        [.. match.Document.Profile.Names.SelectMany(n => TermAnalyzer.Terms(n)).Select(Lexicon.Canonical).Where(t => t.Length >= 2)];
}
