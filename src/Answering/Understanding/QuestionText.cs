using System.Text;
using System.Text.RegularExpressions;

namespace Answering.Understanding;

/// <summary>
/// A question made comparable with the documents: NFKC, lower case, one kind of quote, common typos and
/// spellings unified (클러스트, 알앤디), and English terms mapped to the documents' Korean words
/// (phase 2 → 2단계, national funding → 국비), so one understanding serves both languages.
/// </summary>
public sealed partial class QuestionText
{
    private static readonly (Regex Pattern, string Replacement)[] Rewrites = BuildRewrites();

    private QuestionText(string original, string normalized, bool english)
    {
        Original = original;
        Normalized = normalized;
        Compact = RemoveSpaces(normalized);
        IsEnglish = english;
    }

    public string Original { get; }

    /// <summary>Lower-cased, unified and translated text, spaces kept.</summary>
    public string Normalized { get; }

    /// <summary><see cref="Normalized"/> without white space: Korean spacing varies (국비예산 = 국비 예산).</summary>
    public string Compact { get; }

    public bool IsEnglish { get; }

    public bool Has(string word) => Compact.Contains(RemoveSpaces(word), StringComparison.Ordinal);

    public bool HasAny(params ReadOnlySpan<string> words)
    {
        foreach (var word in words)
        {
            if (Has(word))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] Particles = ["에서는", "이라는", "이라고", "에서", "으로", "에게", "에는", "까지", "부터", "보다", "라는", "이라", "라고", "이다", "했다", "한다", "하다", "은요", "는요", "는", "은", "이", "가", "을", "를", "의", "에", "도", "로", "과", "와"];

    /// <summary>The Hangul words of the question (English terms already in the documents' Korean) with a trailing particle taken off (민간투자를 → 민간투자).</summary>
    public IReadOnlyList<string> ContentWords()
    {
        var words = new List<string>();
        foreach (Match m in HangulWord().Matches(Normalized))
        {
            var word = m.Value;
            foreach (var particle in Particles)
            {
                if (word.Length > particle.Length + 1 && word.EndsWith(particle, StringComparison.Ordinal))
                {
                    word = word[..^particle.Length];
                    break;
                }
            }
            words.Add(word);
        }
        return words;
    }

    [GeneratedRegex(@"[가-힣]{2,}")]
    private static partial Regex HangulWord();

    public static QuestionText Read(string question)
    {
        var text = question.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        text = text.Replace('‘', '\'').Replace('’', '\'').Replace('`', '\'').Replace('´', '\'');
        var letters = text.Count(char.IsAsciiLetter);
        var hangul = text.Count(c => c is >= '가' and <= '힣');
        var english = letters > 0 && hangul * 2 < letters / 3;
        foreach (var (pattern, replacement) in Rewrites)
        {
            text = pattern.Replace(text, replacement);
        }
        return new QuestionText(question, text, english);
    }

    /// <summary>This turn read after an earlier one ("Then what about Busan?" after a question on 대전's projects), in this turn's language.</summary>
    public QuestionText After(string earlier) => new(Original, $"{Read(earlier).Normalized} {Normalized}", IsEnglish);

    public static string RemoveSpaces(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    [GeneratedRegex(@"phases?\s*[-–]?\s*(?<a>\d)(?:\s*(?:,|and|&|to|-|–)\s*(?<b>\d))?(?:\s*(?:,|and|&)\s*(?<c>\d))?")]
    private static partial Regex EnglishPhases();

    [GeneratedRegex(@"(?<a>\d)\s*[·,및와과&]\s*(?<b>\d)\s*단계")]
    private static partial Regex JoinedStages();

    private static (Regex, string)[] BuildRewrites()
    {
        var pairs = new (string Pattern, string Replacement)[]
        {
            ("클러스트", "클러스터"),
            (@"\b(?:first|1st) (?:phase|stage)\b", "1단계"),
            (@"\b(?:second|2nd) (?:phase|stage)\b", "2단계"),
            (@"\b(?:third|3rd) (?:phase|stage)\b", "3단계"),
            (@"(\d[\d,]*)\s*(?:new\s+)?(?:jobs?|people|workers|employees)\b", "$1명 일자리"),
            (@"(\d[\d,]*)\s*(?:new\s+)?(?:companies|firms|businesses)\b", "$1개 기업 유치"),
            (@"(\d[\d,]*)\s*patents?\b", "$1건 특허"),
            (@"(\d[\d,]*)\s*papers?\b", "$1건 논문"),
            (@"(?:the )?national innovation clusters?(?: (?:program(?:me)?|project|initiative))?", "국가혁신클러스터"),
            ("알앤디|알엔디", "r&d"),
            (@"non[\s-]?r\s?&\s?d|비\s+r&d", "비r&d"),
            (@"r\s?and\s?d\b", "r&d"),
            ("국고", "국비"),
            (@"local (?:government|funding|funds?|budget)s?(?: (?:funding|funds?|budget|share|contributions?))?|provincial (?:funding|funds?|budget)|regional (?:funding|funds?|matching)", "지방비"),
            (@"national (?:government|funding|funds?|budget|treasury)(?: (?:funding|funds?|budget|share))?|central government|state funding|(?<!local )government funding", "국비"),
            (@"\bnational\b", "국비"),
            (@"\blocal\b", "지방비"),
            (@"total (?:project )?(?:cost|budget|funding)|overall (?:budget|funding)|combined total", "총사업비"),
            (@"\bcombined\b|\btotal\b|\boverall\b|\bin total\b|\bsum\b", "합계"),
            (@"\bbudgets?\b|\bfunding\b|\bspending\b|\bfunds?\b|\binvestment\b", "예산"),
            (@"\bshares?\b|\bproportion\b|\bpercentage of\b|\bportion\b", "비중"),
            (@"\bgrowth\b|\bincreased?\b|\bgrew\b|\brise\b|\brose\b", "증가"),
            (@"\bdecreased?\b|\bdecline[ds]?\b|\bdrop(?:ped)?\b|\bfell\b|\bfall\b", "감소"),
            (@"\bdifference\b", "차이"),
            (@"\baverage\b|\bmean\b", "평균"),
            (@"\bper (?:region|province|city)\b|\beach region\b", "시도당"),
            (@"\bper job\b", "일자리 1개당"),
            (@"\bper year\b|\bannual(?:ly)?\b|\byearly\b", "연평균"),
            (@"\bjobs?\b|\bemployment\b|\bhires?\b", "일자리"),
            (@"\bregular (?:jobs?|positions?|workers?|employees?)\b|\bpermanent\b|\bfull-time\b", "정규직"),
            (@"\byouth\b|\byoung people\b", "청년"),
            (@"\bpatents?\b", "특허"),
            (@"\bpapers?\b|\bpublications?\b", "논문"),
            (@"\bsales\b|\brevenues?\b", "매출"),
            (@"\b(?:companies|firms|businesses|enterprises) attracted\b|\battract(?:ed|ing)? (?:companies|firms|businesses)\b|\bcompany attraction\b", "기업 유치"),
            (@"\bict convergence\b|\bict fusion\b", "ict 융합"),
            (@"\bbio[\s-]?health(?:care)?\b", "바이오 헬스"),
            (@"\b(?:new )?energy (?:new )?industr(?:y|ies)\b", "에너지 신산업"),
            (@"\bfuture (?:cars?|vehicles?|mobility)(?: and| &)? (?:aviation|aerospace)\b", "미래차 항공"),
            (@"\b(?:excluding|except|without|minus|leaving out)\b", "빼면"),
            (@"seoul metropolitan area|capital area|capital region|metropolitan area", "수도권"),
            (@"concentration", "집중"),
            (@"kim hyun[\s-]?cheol|kim hyeon[\s-]?cheol", "김현철"),
            (@"director[\s-]general for regional economic policy|director general", "지역경제정책관"),
            (@"time ?frames?|timelines?|\bperiods?\b|\bschedule\b|\bduration\b|\bhow long\b", "기간"),
            (@"\bsectors?\b|\bfields?\b|\bindustr(?:y|ies)\b|\bfocus(?:es)?\b", "분야"),
            (@"\bprojects?\b|\btasks?\b", "과제"),
            (@"\bcontact\b|\bwho (?:should|can|do) i (?:call|ask|contact)\b|\binquir(?:y|ies)\b", "연락"),
            (@"\bembargo\b|\brelease time\b", "엠바고"),
            (@"legal basis|\blaws?\b|\bstatute\b", "법적 근거"),
            (@"innovation hubs?|innovation bases?", "혁신거점"),
            (@"free economic zones?", "경제자유구역"),
            (@"industrial technology complex(?:es)?", "산업기술단지"),
            (@"industrial complex(?:es)?|industrial parks?", "산업단지"),
            (@"innovation cit(?:y|ies)", "혁신도시"),
            (@"enterprise cit(?:y|ies)|company towns?", "기업도시"),
            (@"r&d special zones?|r&d zones?", "r&d특구"),
            (@"\beas(?:e|es|ed|ing)\b|\balleviat\w*|\brelieved?\b", "완화"),
            (@"\bintensif\w*|\bdeepen\w*|\bworsen\w*", "심화"),
            (@"metropolitan cit(?:y|ies)", "광역시"),
            (@"\bprovinces?\b", "도"),
            (@"\bradius\b", "반경"),
            (@"\b(?:maximum|max|largest) (?:total )?area\b", "최대 면적"),
            (@"\b(?:total )?area\b", "면적"),
            (@"\bbackground\b", "추진배경"),
            (@"\boutlook\b|\bprospects?\b", "향후전망"),
            (@"\bresults\b|\bachievements?\b|\boutcomes?\b", "성과"),
            (@"\bdistance\b|\bapart\b", "거리"),
            (@"\bsuccess (?:case|stor(?:y|ies))\b|\bcase stud(?:y|ies)\b|\bcases?\b", "사례"),
            (@"\bregions?\b|\bprovinces and cities\b", "시도"),
            (@"\bclusters?\b", "클러스터"),
            (@"\beligible\b|\bqualify\b|\bqualifies\b", "충족"),
            (@"\bby what percent(?:age)?\b|\bpercentage change\b|\bhow much did\b.*\b(?:change|grow)\b", "증감 $0"),
            (@"\bchanged?\b|\bextended\b", "변경"),
            (@"\bwhy\b|\breason\b", "이유"),
            ("퍼센트|프로(?=[^그젝]|$)", "%"),
            ("바뀐|바뀌었|바뀌|바꾼|바꿨|달라진|달라지", "변경 차별화"),
            ("산업부", "산업부 산업통상자원부"),
            ("새로|신규로", "추가 신규"),
            ("총 사업비|전체 사업비|전체사업비|총예산|총 예산", "총사업비"),
        };
        return [.. pairs.Select(p => (new Regex(p.Pattern, RegexOptions.CultureInvariant), p.Replacement)),
            (EnglishPhases(), "${a}단계 ${b}단계 ${c}단계"),
            (JoinedStages(), "${a}단계 ${b}단계")];
    }
}
