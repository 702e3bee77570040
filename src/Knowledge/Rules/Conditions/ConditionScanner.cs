using System.Text.RegularExpressions;
using Corpus.Quantities;
using Knowledge.Dates;
using Knowledge.Language;
using Knowledge.Rules.Scopes;

namespace Knowledge.Rules.Conditions;

/// <summary>
/// Finds the bounds a text sets: an amount followed by 이상/이하/미만/초과/이내/까지/넘는/지나지 않은 (a bracket between them
/// allowed: 20km(광역시는 10km)내), or preceded by 최대/최소/한도; a date followed by 까지. What each bound limits is read from
/// the words before it back to the previous bound or clause break; a bound with no words of its own (…500% 이상인 중소기업,
/// 400% 이상인 중견기업) limits what the bound before it limits.
/// </summary>
public static partial class ConditionScanner
{
    [GeneratedRegex(@"^\s?에서\s?")]
    private static partial Regex From();

    [GeneratedRegex(@"^(?:\s?\([월화수목금토일](?:요일)?\))?\s?(?:(?:오전|오후)?\s?\d{1,2}\s?시(?:\s?\d{1,2}\s?분)?|\d{1,2}:\d{2})?\s?(?<w>까지|전까지|이내|부터|이후|以後)")]
    private static partial Regex DateBound();

    [GeneratedRegex(@"([가-힣A-Za-z]{2,})의\s*$")]
    private static partial Regex ShareOf();

    [GeneratedRegex(@"^\s?(?:인|의|을|를|이|가)?\s?(?<w>[가-힣·\s]{2,14})")]
    private static partial Regex HeadAfter();

    [GeneratedRegex(@"(?:기업|사업장|업체|회사|법인|사업체|사업주|중소기업|소상공인)(?:이|가|은|는|을|를|의|에|으로|로)?$")]
    private static partial Regex Workplace();

    /// <summary>The bounds <paramref name="text"/> sets. <paramref name="unitOfBareNumbers"/> is the unit of a table whose cells write
    /// bare numbers (75 이하 under 단위:%); <paramref name="year"/> dates a deadline written without its year.</summary>
    /// <param name="limit">Set under a label that names a limit ((한도) 중소기업 20억원, 중견기업 10억원): an amount written with
    /// its unit and no bound word of its own is the most allowed.</param>
    public static IReadOnlyList<Condition> Scan(string text, Unit? unitOfBareNumbers = null, int year = 2000, bool limit = false)
    {
        var found = new List<Condition>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return found;
        }
        var dates = DateScanner.Scan(text);
        var amounts = RuleAmounts.Scan(text).Where(a => !dates.Any(d => d.Day is not null && a.Start < d.End && d.Start < a.End)).ToList();
        foreach (var amount in amounts)
        {
            var unit = amount.Unit == Units.None ? unitOfBareNumbers : amount.Unit;
            if (unit is null || unit == Units.None)
            {
                continue;
            }
            var inParens = Depth(text, amount.Start) > 0;
            if (!TryComparator(text, amount, inParens, out var comparator, out var boundEnd, out var word))
            {
                if (inParens && ScopedAlternative(text, found, amount, unit) is { } alternative)
                {
                    found.Add(alternative);
                    continue;
                }
                if (!limit || amount.Unit == Units.None || inParens)
                {
                    continue;
                }
                comparator = Comparator.AtMost;
            }
            var superseded = From().Match(text[boundEnd..]) is { Success: true } from
                && amounts.Any(a => a.Start >= boundEnd + from.Length && a.Start <= boundEnd + from.Length + 20 && RuleAmounts.Comparable(a.Unit == Units.None ? unit : a.Unit, unit));
            var built = Build(text, found, amount.Start, amount.End, boundEnd, amount.Value, unit, comparator, inParens, superseded);
            // A bracket between the amount and its word (20km(광역시는 10km)내에) is not part of the bound.
            if (word is not null && boundEnd - word.Length > amount.End && text[amount.End..(boundEnd - word.Length)].Trim().Length > 0)
            {
                built = built with { Bound = $"{text.Substring(amount.Start, amount.Length)} {word.Trim()}" };
            }
            found.Add(built);
        }
        foreach (var date in dates.Where(d => d.HasDay))
        {
            var bound = DateBound().Match(text[date.End..]);
            if (!bound.Success || found.Any(f => f.Start <= date.Start && date.Start < f.End && !f.IsDate))
            {
                continue;
            }
            var word = bound.Groups["w"].Value;
            var comparator = word is "부터" or "이후" or "以後" ? Comparator.AtLeast : Comparator.AtMost;
            var hour = TimeIn(text[date.End..(date.End + bound.Length)]);
            var value = DayValue(date.Year ?? year, date.Month!.Value, date.Day!.Value, comparator == Comparator.AtMost ? hour ?? 24 : hour ?? 0);
            if (value is null)
            {
                continue;
            }
            var deadline = Build(text, found, date.Start, date.End, date.End + bound.Length, value.Value, RuleAmounts.Date, comparator, Depth(text, date.Start) > 0, false);
            // What must be done by a date is said after it (7월 3일까지 | 이의신청서를 제출): its words name the bound too.
            var after = EventAfter(text, date.End + bound.Length, actions: true);
            found.Add(deadline with { Subject = [.. deadline.Subject.Concat(after.Where(t => !deadline.Subject.Contains(t)))] });
        }
        // …1명 미만이면 1명으로 본다: a bound that says how to count, not what must hold.
        found.RemoveAll(f => Deems().IsMatch(text[Math.Min(f.End, text.Length)..]));
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>A bound followed by "…이면 / …인 경우에는 N(으)로 본다": a rule of counting (deeming), not a condition.</summary>
    [GeneratedRegex(@"^\s?(?:이면|면|인\s?경우(?:에는|에도|는)?|일\s?경우(?:에는)?|인\s?때에는?)\s?[^.,;]{0,20}?(?:으로|로)\s?(?:본다|보며|보고|보아|간주)")]
    private static partial Regex Deems();

    private const int MaxSubjectWords = 4;

    [GeneratedRegex(@"(?:후|로부터|으로부터|부터|이후|뒤)\s*$")]
    private static partial Regex Anchor();

    /// <summary>Where the event a period bounds ends: the clause break, 거나 or the next amount.</summary>
    private static int EventEnd(string text, int from)
    {
        var end = from;
        while (end < text.Length && text[end] is not (',' or '.' or ';') && !(char.IsDigit(text[end]) && end > from))
        {
            if (end + 3 <= text.Length && text[end..(end + 3)] == "거나 ")
            {
                return end + 2;
            }
            end++;
        }
        return end;
    }

    private static string EventText(string text, int from) =>
        string.Join(" ", text[from..EventEnd(text, from)].Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(5));

    private static List<string> EventAfter(string text, int from, bool actions = false)
    {
        var end = from;
        while (end < text.Length && text[end] is not (',' or '.' or ';'))
        {
            end++;
        }
        var clause = Regex.Replace(text[from..end], @"\([^()]*\)", " ");
        var words = string.Join(" ", clause.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(5));
        return actions ? ActionTerms(words) : Terms(words);
    }

    /// <summary>A day as a comparable number: <see cref="DateOnly.DayNumber"/> plus the hour as a fraction of the day.</summary>
    public static double? DayValue(int year, int month, int day, int hour)
    {
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }
        return new DateOnly(year, month, day).DayNumber + Math.Clamp(hour, 0, 24) / 24.0;
    }

    private static int? TimeIn(string text) =>
        Regex.Match(text, @"(?:(?<ap>오전|오후)\s?)?(?<h>\d{1,2})\s?시|(?<h>\d{1,2}):\d{2}") is { Success: true } m
            ? int.Parse(m.Groups["h"].Value, System.Globalization.CultureInfo.InvariantCulture) + (m.Groups["ap"].Value == "오후" ? 12 : 0)
            : null;

    private static Condition Build(string text, List<Condition> before, int start, int end, int boundEnd, double value, Unit unit, Comparator comparator, bool inParens, bool superseded)
    {
        var segmentStart = SegmentStart(text, start, before);
        var segment = text[segmentStart..start];
        var subjectText = segment;
        var baseTerms = new List<string>();
        if (ShareOf().Match(segment) is { Success: true } share && unit.Family is UnitFamily.Percent or UnitFamily.PercentPoint)
        {
            baseTerms.AddRange(Terms(share.Groups[1].Value));
            subjectText = segment[..share.Index];
        }
        var head = HeadAfter().Match(text[boundEnd..]);
        var headText = head.Success ? head.Groups["w"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "" : "";
        var scope = ScopeWords.Read(segment);
        var headSizes = ScopeWords.Sizes(headText);
        if (headSizes.Count > 0)
        {
            scope = scope.With(new RuleScope { Sizes = headSizes });
        }
        // A period counted from something (입주 후 3개월 이내에 | 주민등록을 옮겨야) bounds what is done after it; what it counts from is its base.
        var elapsed = Regex.IsMatch(text[start..Math.Min(text.Length, boundEnd + 6)], @"지나|경과|지난");
        var conditionEnd = boundEnd;
        if (unit.Family is UnitFamily.Duration or UnitFamily.Days && !elapsed && Anchor().Match(subjectText) is { Success: true } anchor)
        {
            conditionEnd = EventEnd(text, boundEnd);
            baseTerms.AddRange(Terms(subjectText[..anchor.Index]));
            subjectText = EventText(text, boundEnd);
            // 협약일로부터 6개월 이내에 실증에 착수하지 않거나: the rule is about the event coming later than that.
            if (Regex.IsMatch(subjectText, @"(?:하|되|지)지\s?(?:않|못)|(?<![가-힣])미[가-힣]{1,3}(?:한|된|시)"))
            {
                comparator = comparator switch { Comparator.AtMost => Comparator.Above, Comparator.Below => Comparator.AtLeast, Comparator.AtLeast => Comparator.Below, _ => Comparator.AtMost };
            }
        }
        // The words nearest a bound name what it limits; a long clause before them is context.
        var words = subjectText.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > MaxSubjectWords)
        {
            subjectText = string.Join(" ", words[^MaxSubjectWords..]);
        }
        var subject = Terms(subjectText).Where(t => !baseTerms.Contains(t)).ToList();
        // "5인 이상 우선지원대상기업", "상시근로자 10명 미만 사업장": a headcount bounding the organisation after it is the
        // size of its workforce, whatever the sentence names before it.
        if (unit.Family == UnitFamily.People && Workplace().IsMatch(headText) && Terms("종업원 근로자") is var workforce && !subject.Any(workforce.Contains))
        {
            subject = workforce;
        }
        var inherited = false;
        // 3개월 이상 실증 중단: nothing before the bound names it, the words after it do.
        if (subject.Count == 0 && unit.Family is UnitFamily.Duration or UnitFamily.Days or UnitFamily.Count or UnitFamily.Percent && !Regex.IsMatch(text[boundEnd..Math.Min(text.Length, boundEnd + 2)], @"^\s?인"))
        {
            subject = [.. Terms(EventText(text, boundEnd)).Where(t => !baseTerms.Contains(t))];
        }
        if (subject.Count == 0 && before.Count == 0 && Topic().Match(text) is { Success: true } topic && topic.Index + topic.Length <= start)
        {
            // 가점은 … 2점, … 1점으로 최대 3점이다: the sentence's topic is what the bound limits.
            subject = [.. Terms(topic.Groups["t"].Value).Where(t => !baseTerms.Contains(t))];
        }
        if (subject.Count == 0 && before.LastOrDefault(c => RuleAmounts.Comparable(c.Unit, unit)) is { } previous)
        {
            subject = [.. previous.Subject];
            if (baseTerms.Count == 0)
            {
                baseTerms.AddRange(previous.Base);
            }
            inherited = true;
        }
        return new Condition
        {
            Value = value,
            Unit = unit,
            Comparator = comparator,
            Subject = subject,
            Base = baseTerms,
            Scope = scope,
            Text = text[segmentStart..conditionEnd].Trim(),
            Bound = text[start..boundEnd].Trim(),
            Start = segmentStart,
            End = conditionEnd,
            Superseded = superseded,
            Parenthetical = inParens,
            InheritedSubject = inherited,
        };
    }

    [GeneratedRegex(@"^[^()]{2,24}?(?:은|는)\s*$")]
    private static partial Regex ScopeTopic();

    /// <summary>
    /// A bracket straight after a bound that gives another amount for some of those it limits (60억원을 넘는 기업(비수도권 소재
    /// 기업은 70억원)): the same bound for that scope, limiting what the bound before it limits.
    /// </summary>
    private static Condition? ScopedAlternative(string text, List<Condition> found, Quantity amount, Unit unit)
    {
        var open = text.LastIndexOf('(', amount.Start);
        if (open < 0 || Depth(text, amount.Start) != 1 || !ScopeTopic().IsMatch(text[(open + 1)..amount.Start])
            || text.IndexOf(')', amount.End) is var close && (close < 0 || text[amount.End..close].Trim().Length > 0))
        {
            return null;
        }
        var outer = found.LastOrDefault(c => !c.Parenthetical && c.End <= open && open - c.End <= 10 && RuleAmounts.Comparable(c.Unit, unit));
        if (outer is null || ScopeWords.Read(text[(open + 1)..amount.Start]) is not { IsEmpty: false } scope)
        {
            return null;
        }
        var built = Build(text, found, amount.Start, amount.End, amount.End, amount.Value, unit, outer.Comparator, true, false);
        return built with { Subject = outer.Subject, Base = outer.Base, Scope = scope, InheritedSubject = true };
    }

    /// <summary>How many brackets are open at <paramref name="position"/>.</summary>
    public static int Depth(string text, int position)
    {
        var depth = 0;
        for (var i = 0; i < position && i < text.Length; i++)
        {
            depth += text[i] == '(' ? 1 : text[i] == ')' ? -1 : 0;
        }
        return Math.Max(0, depth);
    }

    /// <summary>Where the words naming an amount start: after the previous bound, the clause break or the bracket it sits in.</summary>
    private static int SegmentStart(string text, int start, List<Condition> before)
    {
        var floor = before.Count > 0 ? before.Max(c => c.End <= start ? c.End : 0) : 0;
        foreach (Match m in Connector().Matches(text[..start]))
        {
            if (m.Index >= floor && Depth(text, m.Index) == Depth(text, start))
            {
                floor = m.Index + m.Length;
            }
        }
        var depth = 0;
        for (var i = start - 1; i >= floor; i--)
        {
            var c = text[i];
            if (c == ')')
            {
                depth++;
                continue;
            }
            if (c == '(')
            {
                if (depth == 0)
                {
                    return i + 1;
                }
                depth--;
                continue;
            }
            if (depth == 0 && (c is ',' or ';' or ':' or '•' or '/' or '\n' or '○' or '□' or '▪' or '※' or '→' or '|'
                || c == '.' && !(i > 0 && char.IsDigit(text[i - 1]) && i + 1 < text.Length && char.IsDigit(text[i + 1]))))
            {
                return i + 1;
            }
        }
        return floor;
    }
}
