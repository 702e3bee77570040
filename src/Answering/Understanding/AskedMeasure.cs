using Corpus.Quantities;
using Knowledge.Language;

namespace Answering.Understanding;

/// <summary>
/// The words a quantity question asks the figure of: the noun phrase just before 얼마 or 몇 (민간부담금 총액은 얼마 →
/// 민간부담금; 경남 지방비는 얼마 → 지방비), without the words that only say how it is counted (총액, 합계, 평균) and
/// the places named beside it. A phrase of such words alone names no measure (연장에 드는 예산은 얼마).
/// </summary>
public static class AskedMeasure
{
    private static readonly HashSet<string> QuantityWords = ["얼마", "몇", "얼마나", "얼만큼"];

    private static readonly HashSet<string> CountingWords =
    [
        "총액", "총", "합계", "합", "평균", "전체", "규모", "금액", "액수", "예산", "액", "금", "수", "개수", "건수", "비용", "돈", "총계", "누계", "최대", "최소",
        "비율", "비중", "점수", "기간", "인원", "숫자", "사람", "분", "것",
        // Periods (1차년도, 2년차, 1단계) say when, not what.
        "차년", "차년도", "년차", "단계",
    ];

    private static readonly HashSet<string> Counters = ["곳", "개", "명", "건", "군데", "가지", "번", "차례", "배", "위", "등", "개사", "개소", "퍼센트", "%"];

    // Units the normaliser spells out (㎢ → 제곱킬로미터), which the unit table knows only by their symbols.
    private static readonly string[] SpelledUnits = ["제곱", "킬로미터", "미터", "킬로그램", "퍼센트"];

    // Endings that only say a measure is an amount, a rate or a count (증가액, 경쟁률, 지원금).
    private static readonly string[] GenericEndings = ["액", "금", "율", "률", "수", "량"];

    /// <summary>Whether a word only says what of a thing is measured (수, 예산, 규모, 인원, 기간), so a phrase closing on it names a figure.</summary>
    public static bool IsCountingWord(string term) => CountingWords.Contains(term);

    /// <summary>A measure word without its generic ending (증가액 → 증가, 경쟁률 → 경쟁), or null when it has none.</summary>
    public static string? Stem(string term) =>
        GenericEndings.FirstOrDefault(e => term.Length > e.Length + 1 && term.EndsWith(e, StringComparison.Ordinal)) is { } ending ? term[..^ending.Length] : null;

    public static IReadOnlyList<string> Terms(Question question) => [.. Read(question).Words.SelectMany(w => w)];

    /// <summary>
    /// The measure's words, the one nearest the question word first (반도체 수입액은 얼마 → [수입액], [반도체]), each as
    /// its terms: the first is the head noun the figure must be a value of, the others say which of it.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> Words(Question question) => Read(question).Words;

    /// <summary>The measure's words without those that name the matched document (its programme, its title).</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Words(Documents.DocumentMatch match) =>
        [.. Words(match.Question).Select(w => (IReadOnlyList<string>)[.. w.Where(t => !match.IsNaming(t))]).Where(w => w.Count > 0)];

    /// <summary>
    /// The kind of quantity the measure's own words ask for (지방비 총액 → money, 경쟁률 → a rate, 평가 점수 → a score),
    /// or None when they leave it open (얼마 alone asks whatever the measure is counted in).
    /// </summary>
    public static UnitFamily Family(Question question)
    {
        var (words, counting) = Read(question);
        // "몇 %", "몇 명": the unit after 몇 says the kind, and counts are not told apart by it.
        if (question.Tokens.Any(t => t.Surface == "몇"))
        {
            return UnitFamily.None;
        }
        var spoken = counting.Concat(words.FirstOrDefault() ?? []).ToList();
        if (spoken.Any(IsMoneyWord))
        {
            return UnitFamily.Won;
        }
        if (spoken.Any(t => t is "비율" or "비중" || t.Length > 2 && (t.EndsWith('율') || t.EndsWith('률'))))
        {
            return UnitFamily.Percent;
        }
        return spoken.Contains("점수") ? UnitFamily.Score : UnitFamily.None;
    }

    // Counters of things and people (몇 곳, 몇 명, 몇 개사), not of times, ranks or shares.
    private static readonly HashSet<string> ThingCounters = ["곳", "개", "명", "건", "군데", "가지", "개사", "개소"];

    /// <summary>Whether the question counts things or people (기업 수는 몇 곳, 유공자는 몇 명): the answer is a count, not an amount.</summary>
    public static bool CountsThings(Question question)
    {
        var tokens = question.Tokens;
        var at = tokens.ToList().FindIndex(t => t.Surface == "몇");
        return at >= 0 && at + 1 < tokens.Count && ThingCounters.Contains(tokens[at + 1].Surface);
    }

    // Words that only name money: an amount (증가액, 지원금, 부담금), a budget, or a source of funds (국비, 지방비, 사업비).
    private static bool IsMoneyWord(string term) =>
        term is "총액" or "금액" or "액수" or "예산" or "비용" or "국비" or "지방비" or "시비" or "도비" or "사업비" or "부담금" or "지원금"
        || term.Length > 2 && (term.EndsWith('액') || term.EndsWith("사업비", StringComparison.Ordinal) || term.EndsWith("부담금", StringComparison.Ordinal));

    private static (List<IReadOnlyList<string>> Words, List<string> Counting) Read(Question question)
    {
        var words = new List<IReadOnlyList<string>>();
        var counting = new List<string>();
        var tokens = question.Tokens;
        var asked = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (QuantityWords.Contains(tokens[i].Surface))
            {
                asked = i;
                break;
            }
        }
        if (question.IsEnglish)
        {
            return asked < 0 ? (words, counting) : Following(tokens, asked);
        }
        if (asked <= 0)
        {
            return (words, counting);
        }
        // "몇 등급", "몇 점": what follows 몇 is itself the measure asked (a unit the evidence is read in); only "몇 곳",
        // "몇 명" and the like count what stands before.
        if (asked + 1 < tokens.Count && tokens[asked].Surface == "몇" && tokens[asked + 1] is { IsContent: true } or { Tag: KoreanAnalysis.Dictionary.PosTag.NNBC }
            && !Counters.Contains(tokens[asked + 1].Surface))
        {
            var counted = tokens[asked + 1];
            var word = string.Concat(tokens.Where(t => t.Word == counted.Word && t.IsContent).Select(t => t.Surface));
            if (Units.Find(counted.Surface) is null && Units.Find(word) is null && !SpelledUnits.Any(word.StartsWith))
            {
                var terms = TermAnalyzer.Terms(tokens.Where(t => t.Word == counted.Word).ToList()).Select(Lexicon.Canonical).ToList();
                counting.AddRange(terms.Where(CountingWords.Contains));
                if (terms.Where(IsMeasureWord).ToList() is { Count: > 0 } measured)
                {
                    words.Add(measured);
                }
            }
            return (words, counting);
        }
        var i2 = asked - 1;
        // The topic's particle (은/는/이/가) stands between the measure and the question word.
        while (i2 >= 0 && tokens[i2].Tag == KoreanAnalysis.Dictionary.PosTag.J)
        {
            i2--;
        }
        // The whole noun phrase counts (민간 부담금 names what 민간부담금 does); it ends at a particle, a verb or a number.
        while (i2 >= 0 && (tokens[i2].IsContent || tokens[i2].Tag is KoreanAnalysis.Dictionary.PosTag.XSN))
        {
            var word = tokens[i2].Word;
            var start = i2;
            while (start > 0 && tokens[start - 1].Word == word)
            {
                start--;
            }
            var wordTokens = tokens.Skip(start).Take(i2 - start + 1).ToList();
            if (wordTokens.Any(t => !t.IsContent && t.Tag is not (KoreanAnalysis.Dictionary.PosTag.XSN or KoreanAnalysis.Dictionary.PosTag.XPN)))
            {
                break;
            }
            var terms = TermAnalyzer.Terms(wordTokens).Select(Lexicon.Canonical).ToList();
            counting.AddRange(terms.Where(CountingWords.Contains));
            if (terms.Where(IsMeasureWord).Distinct().ToList() is { Count: > 0 } measured)
            {
                words.Add(measured);
            }
            i2 = start - 1;
        }
        return (words, counting);
    }

    /// <summary>
    /// English names the measure after "how much" ("how much first-year funding is …"): the words that follow, the last
    /// (its head) first, as Korean's nearest word to 얼마 is.
    /// </summary>
    private static (List<IReadOnlyList<string>> Words, List<string> Counting) Following(IReadOnlyList<Knowledge.Language.Token> tokens, int asked)
    {
        var end = asked + 1;
        // An untranslated word (the verb of "does the ministry put") ends the phrase.
        while (end < tokens.Count && tokens[end].Tag != KoreanAnalysis.Dictionary.PosTag.SL
            && (tokens[end].IsContent || tokens[end].Tag is KoreanAnalysis.Dictionary.PosTag.XSN or KoreanAnalysis.Dictionary.PosTag.NNBC or KoreanAnalysis.Dictionary.PosTag.SN))
        {
            end++;
        }
        var words = new List<IReadOnlyList<string>>();
        var counting = new List<string>();
        foreach (var word in tokens.Skip(asked + 1).Take(end - asked - 1).GroupBy(t => t.Word).Reverse())
        {
            var terms = TermAnalyzer.Terms(word.ToList()).Select(Lexicon.Canonical).ToList();
            counting.AddRange(terms.Where(CountingWords.Contains));
            if (terms.Where(IsMeasureWord).Distinct().ToList() is { Count: > 0 } measured)
            {
                words.Add(measured);
            }
        }
        return (words, counting);
    }

    private static bool IsMeasureWord(string term) =>
        term.Length >= 2 && !Lexicon.IsQuestionWord(term) && Units.Find(term) is null && !CountingWords.Contains(term) && !Evidence.Coverage.IsOperationWord(term) && Regions.Find(term) is null;
}
