using Answering.Understanding;
using Knowledge.Documents;
using Knowledge.Language;

namespace Answering.Documents;

/// <summary>
/// A question read against one document: each term's weight there (rarer terms weigh more), which terms only name
/// the document (its programme, title, ministry) and which must be found in what answers, and the document's year
/// to resolve 작년 and 올해.
/// </summary>
public sealed partial class DocumentMatch
{
    public DocumentMatch(DocumentKnowledge document, Question question, double score)
    {
        Document = document;
        Question = question;
        Score = score;
        var profile = document.Profile.NamingTerms.ToHashSet(StringComparer.Ordinal);
        var naming = new List<string>();
        var evidence = new List<string>();
        var namingOnly = IssuerOnlyTerms(document, question);
        namingOnly.UnionWith(ReferenceOnlyTerms(question));
        namingOnly.UnionWith(LeadingReferenceTerms(document, question));
        foreach (var term in question.IsEnglish ? question.Terms.Concat(Compounds(document, question.Text).Where(profile.Contains)) : question.Terms)
        {
            var corrected = Correct(document, term);
            if (namingOnly.Contains(term))
            {
                // 중소벤처기업부 names who issued the document, "… 개정 보도자료 기준으로" which release: no row or figure.
                naming.Add(corrected);
                continue;
            }
            if (profile.Contains(corrected))
            {
                naming.Add(corrected);
            }
            // Title words still select rows and columns (수출 in a release about exports); coverage forgives them.
            evidence.Add(corrected);
        }
        NamingTerms = naming;
        EvidenceTerms = [.. evidence.Distinct()];
        // Untranslated English words of an English question are not words the document lacks.
        Missing = [.. EvidenceTerms.Where(t => !document.Vocabulary.Contains(t) && t.Length >= 2 && !IsNumberLike(t) && !(question.IsEnglish && t.All(c => c < 128)))];
    }

    /// <summary>
    /// English words translated one by one ("regional specialized industry" → 지역 특화 산업) that the document writes as one
    /// word (지역특화산업): that word, so the programme's name weighs as the name it is (only names are joined: other
    /// joined words would be terms the evidence must carry besides their pieces).
    /// </summary>
    private static IEnumerable<string> Compounds(DocumentKnowledge document, string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            // The longest word the document writes from here; the words it spans start no shorter one (특화산업 of 지역특화산업).
            var joined = words[i];
            var (longest, end) = ("", i);
            for (var j = i + 1; j < Math.Min(words.Length, i + 4); j++)
            {
                if (!words[j].All(c => c is >= '가' and <= '힣') || !joined.All(c => c is >= '가' and <= '힣'))
                {
                    break;
                }
                joined += words[j];
                if (document.Vocabulary.Contains(joined))
                {
                    (longest, end) = (joined, j);
                }
            }
            if (longest.Length > 0)
            {
                yield return longest;
                i = end;
            }
        }
    }

    /// <summary>
    /// Terms the question has only in the words that point at the document ("2024년 산업협업지구 지침 개정 보도자료
    /// 기준으로 …"): they say which release, not which row (개정 is no 개정 column there).
    /// </summary>
    private static IEnumerable<string> ReferenceOnlyTerms(Question question)
    {
        if (DocumentReference().Match(question.Text) is not { Success: true } reference)
        {
            return [];
        }
        var pointing = TermAnalyzer.Terms(reference.Groups["ref"].Value).Select(Lexicon.Canonical).ToHashSet(StringComparer.Ordinal);
        pointing.ExceptWith(TermAnalyzer.Terms(question.Text[(reference.Index + reference.Length)..]).Select(Lexicon.Canonical));
        return pointing;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<ref>[^,?]{2,48}?)\s*(?:보도\s?자료|공고문)\s*(?:기준으로|기준|에서는|에서|에 따르면|에 나온|상으로|상)")]
    private static partial System.Text.RegularExpressions.Regex DocumentReference();

    /// <summary>
    /// Title words in the words that open a question by pointing at the release — its issuer (and a year), then words of
    /// its title ("산업부 2027년 예산안 주요 증액 사업 …"): 예산안 there says which release, not which column.
    /// </summary>
    private static IEnumerable<string> LeadingReferenceTerms(DocumentKnowledge document, Question question)
    {
        var titleTerms = document.Profile.TitleTerms;
        var issuerNames = document.Profile.IssuerNames;
        var words = question.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var pointing = new List<string>();
        var anchored = false;
        var used = 0;
        foreach (var word in words)
        {
            // A year beside the issuer ("2027 산업부 예산안") is part of the pointing too.
            var issuerWord = issuerNames.Any(n => word.StartsWith(n, StringComparison.Ordinal));
            anchored |= issuerWord;
            if (!issuerWord && !LeadingPeriod().IsMatch(word))
            {
                if (word.EndsWith('?') || TermAnalyzer.Terms(word).Select(Lexicon.Canonical).ToList() is not { Count: > 0 } terms || !terms.All(titleTerms.Contains))
                {
                    break;
                }
                pointing.AddRange(terms);
            }
            used++;
        }
        if (!anchored || pointing.Count == 0 || used >= words.Length)
        {
            return [];
        }
        var rest = TermAnalyzer.Terms(string.Join(' ', words.Skip(used))).Select(Lexicon.Canonical).ToHashSet(StringComparer.Ordinal);
        return pointing.Where(t => !rest.Contains(t));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?:19|20)\d{2}|'\d{2})\s*년?도?$|^(?:(?:19|20)\d{2}|'\d{2})년도?|^(?:올해|내년|작년|금년)$")]
    private static partial System.Text.RegularExpressions.Regex LeadingPeriod();

    /// <summary>Terms the question has only as pieces of the issuing ministry's name or the short name the document gives it.</summary>
    private static HashSet<string> IssuerOnlyTerms(DocumentKnowledge document, Question question)
    {
        var names = document.Profile.IssuerNames.Where(n => question.Text.Contains(n, StringComparison.Ordinal)).ToList();
        if (names.Count == 0)
        {
            return [];
        }
        // Compared as the question's terms are, canonical (중소 → 중소기업).
        var pieces = names.SelectMany(TermAnalyzer.Terms).Select(Lexicon.Canonical).ToHashSet(StringComparer.Ordinal);
        var rest = names.OrderByDescending(n => n.Length).Aggregate(question.Text, (text, name) => text.Replace(name, " ", StringComparison.Ordinal));
        pieces.ExceptWith(TermAnalyzer.Terms(rest).Select(Lexicon.Canonical));
        return pieces;
    }

    public DocumentKnowledge Document { get; }
    public Question Question { get; }
    public double Score { get; }

    /// <summary>The earlier turn this question leans on, if it is a follow-up.</summary>
    public FollowUps.Turn? Previous { get; init; }

    /// <summary>Terms that name the document (its programme or title) rather than what is asked about it.</summary>
    public IReadOnlyList<string> NamingTerms { get; }

    /// <summary>Terms the answering passage, cell or figure should carry.</summary>
    public IReadOnlyList<string> EvidenceTerms { get; }

    /// <summary>Evidence terms the document never uses.</summary>
    public IReadOnlyList<string> Missing { get; }

    /// <summary>The weight of a term in this document (0 when it never occurs).</summary>
    public double Weight(string term) => Document.Statistics.Contains(term) ? Math.Max(0.2, Document.Statistics.Idf(term)) : 0;

    /// <summary>The calendar years the question means, 작년/올해 resolved against the document's date.</summary>
    public IReadOnlyList<int> Years => _years ??= ResolveYears();

    private IReadOnlyList<int>? _years;

    private IReadOnlyList<int> ResolveYears()
    {
        {
            var naming = NamingYears();
            var years = Question.Years.Where(y => !naming.Contains(y) || Question.YearMentions.Count(m => m.Year == y) > 1).ToList();
            if (Document.Profile.Year is int year)
            {
                years.AddRange(Question.RelativeYears.Select(r => year + r));
            }
            return [.. years.Distinct()];
        }
    }

    /// <summary>
    /// Years that are part of how the question names the document ("2024년 그린전환 공정혁신…", "2024년 7월 수출입 동향",
    /// "2024년 2월 … 보도자료", "the February 2022 MSS release"), not a period asked about.
    /// </summary>
    public IReadOnlySet<int> NamingYears() => NamingYears(Document, Question);

    /// <summary>The years a question names a document by, without matching the question's terms against it first.</summary>
    public static IReadOnlySet<int> NamingYears(DocumentKnowledge document, Question question)
    {
        var naming = new HashSet<int>();
        var text = question.Text;
        foreach (var (year, _, end) in question.YearMentions.Where(m => m.End <= question.Text.Length))
        {
            var after = TextNormalizer.Compact(text[end..Math.Min(text.Length, end + 24)]);
            after = after.TrimStart('년', '도');
            if (after.Length == 0)
            {
                continue;
            }
            // Only a name that itself carries the year (「2023년 제조현장 AI 실증사업」) makes the year part of the name.
            foreach (var name in document.Profile.Names.Append(document.Profile.Title).Where(n => n.Contains(year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal) || n.Contains($"'{year % 100:00}", StringComparison.Ordinal)))
            {
                var compact = System.Text.RegularExpressions.Regex.Replace(TextNormalizer.Compact(name), @"^'?\d{2,4}년?도?", "");
                var head = compact.Length >= 4 ? compact[..4] : compact;
                if (head.Length >= 3 && after.StartsWith(head, StringComparison.Ordinal))
                {
                    naming.Add(year);
                }
            }
            if (document.Profile.Date is { } date && year == date.Year
                && (after.StartsWith("보도", StringComparison.Ordinal) || after.StartsWith(date.Month + "월", StringComparison.Ordinal) && after.Contains("보도", StringComparison.Ordinal) || NamesEnglishRelease(question, year)))
            {
                naming.Add(year);
            }
        }
        return naming;
    }

    /// <summary>"the February 2022 MSS release": an English question names the release by its year (the reading drops the word release).</summary>
    private static bool NamesEnglishRelease(Question question, int year)
    {
        if (!question.IsEnglish)
        {
            return false;
        }
        var at = question.Original.IndexOf(year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return at >= 0 && question.Original.AsSpan(at, Math.Min(question.Original.Length - at, 30)).Contains("release", StringComparison.OrdinalIgnoreCase);
    }

    public bool IsNaming(string term) => NamingTerms.Contains(term);

    /// <summary>The terms evidence must carry (<see cref="Evidence.Coverage.Salient"/>), kept once found: every passage, cell and figure weighed for the question asks for them.</summary>
    internal IReadOnlyList<(string Term, double Weight)>? Salient { get; set; }

    /// <summary>The document's passages ranked for the question, kept once ranked: several kinds of answer weigh them.</summary>
    internal IReadOnlyList<Evidence.PassageMatch>? RankedPassages { get; set; }

    /// <summary>For each evidence term, the longer evidence terms containing it (소상공 → 소상공인), found once for every table weighed.</summary>
    internal Dictionary<string, string[]>? LongerTerms { get; set; }

    /// <summary>The cells and figures ranked for the question (numbers only), kept once ranked.</summary>
    internal IReadOnlyList<Evidence.FoundEvidence>? RankedEvidence { get; set; }

    private static bool IsNumberLike(string term) => term.All(c => char.IsDigit(c) || c is '.' or ',');

    /// <summary>A word one letter off a word of the document (부채비률 → 부채비율), when the document lacks it.</summary>
    public static string Correct(DocumentKnowledge document, string term)
    {
        if (term.Length < 3 || document.Vocabulary.Contains(term))
        {
            return term;
        }
        foreach (var candidate in document.Vocabulary)
        {
            if (Math.Abs(candidate.Length - term.Length) <= 1 && candidate.Length >= 3 && OneEditApart(candidate, term))
            {
                return candidate;
            }
        }
        return term;
    }

    private static bool OneEditApart(string a, string b)
    {
        if (a.Length == b.Length)
        {
            var diff = 0;
            for (var i = 0; i < a.Length && diff <= 1; i++)
            {
                diff += a[i] != b[i] ? 1 : 0;
            }
            return diff == 1;
        }
        var (s, l) = a.Length < b.Length ? (a, b) : (b, a);
        for (int i = 0, j = 0, skipped = 0; i < s.Length; j++)
        {
            if (s[i] == l[j])
            {
                i++;
                continue;
            }
            if (++skipped > 1)
            {
                return false;
            }
        }
        return true;
    }
}
