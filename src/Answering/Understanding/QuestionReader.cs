using System.Text.RegularExpressions;
using Corpus.Quantities;
using Knowledge.Dates;
using Knowledge.Language;

namespace Answering.Understanding;

/// <summary>
/// Reads a question with the Korean analyzer and general language patterns: what it asks for, the operation, the
/// amounts, periods and places it names, and whether it is a claim, an eligibility question or a follow-up. English
/// questions are first put into Korean with <see cref="EnglishGlossary"/>.
/// </summary>
public static partial class QuestionReader
{
    [GeneratedRegex(@"(?:같은|동)\s?(?:기간|시기|달|분기)(?=\s|$|[은는이가에엔의도과와])")]
    private static partial Regex SamePeriod();

    [GeneratedRegex(@"(?<![\d.,])([1-9])0\s?대(?=\s|$|[은는이가의도와과를랑에]|이상|이하)")]
    private static partial Regex AgeDecades();

    public static Question Read(string original)
    {
        var english = EnglishGlossary.IsEnglish(original);
        var text = TextNormalizer.CollapseSpaces(TextNormalizer.Normalize(english ? EnglishGlossary.ToKorean(original) : original));
        // "40대" is the age band tables write as 40~49세.
        text = AgeDecades().Replace(text, m => $"{m.Groups[1].Value}0~{m.Groups[1].Value}9세");
        // "사업비(국비+지방비)": the parenthesis explains what the total is made of; it selects nothing by itself.
        var termText = Explanation().Replace(text, m => new string(' ', m.Length));
        // "작년 같은 기간", "같은 달": the comparison's period, read through the relative year; no measure named 기간.
        termText = SamePeriod().Replace(termText, m => new string(' ', m.Length));
        var tokens = TermAnalyzer.Tokenize(termText);
        // Unit names (제곱킬로미터 in "몇 ㎢(제곱킬로미터)") say how to answer, not what about.
        var quantities = QuantityScanner.Scan(text);
        // A syllable the analyzer cut from an amount's unit (사 of 500개사를) names nothing.
        var unitSyllables = tokens.Where(t => t.Surface.Length == 1 && quantities.Any(q => t.Start >= q.Start && t.End <= q.End)).Select(t => t.Surface).ToHashSet(StringComparer.Ordinal);
        unitSyllables.ExceptWith(tokens.Where(t => !quantities.Any(q => t.Start >= q.Start && t.End <= q.End)).Select(t => t.Surface));
        var terms = TermAnalyzer.Terms(tokens).Select(Lexicon.Canonical).Where(t => !Lexicon.IsQuestionWord(t) && Units.Find(t) is null && !unitSyllables.Contains(t) && t is not ("제곱" or "킬로미터" or "제곱킬로미터" or "제곱미터")
            && !(t == "단위" && UnitFormat().IsMatch(text))).Distinct().ToList();
        var verbs = TermAnalyzer.Predicates(tokens);
        var predicates = verbs.Select(Lexicon.Canonical).Distinct().ToList();
        var dates = DateScanner.Scan(text);
        var mentions = dates.Where(d => d.Year is not null).Select(d => (d.Year!.Value, d.Start, d.End)).ToList();
        foreach (Match m in BareYear().Matches(text))
        {
            mentions.Add((int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture), m.Index, m.Index + m.Length));
        }
        mentions.Sort((a, b) => a.Item2.CompareTo(b.Item2));
        var years = mentions.Select(m => m.Item1).ToList();
        // '19년부터 '21년까지, 2019년~2023년: every year of the range.
        foreach (Match m in YearRange().Matches(text))
        {
            var range = DateScanner.Years(m.Value);
            if (range.Count == 2 && range[1] > range[0] && range[1] - range[0] <= 15)
            {
                for (var y = range[0] + 1; y < range[1]; y++)
                {
                    years.Add(y);
                }
            }
        }
        var months = dates.Where(d => d.Month is not null && d.Day is null).Select(d => d.Month!.Value).Distinct().ToList();
        var stages = Stage().Matches(text).Select(m => m.Groups[1].Value[0] - '0').Distinct().ToList();
        var compact = TextNormalizer.Compact(text);

        var asks = ReadAsks(SamePeriod().Replace(text, m => new string(' ', m.Length)), compact);
        var (operation, rank, topN) = ReadOperation(text, compact, asks);
        var claim = IsClaimText(text);
        var eligibility = !claim && IsEligibilityText(text);
        if (claim || eligibility)
        {
            asks |= Asks.YesNo;
        }
        return new Question
        {
            Original = original,
            Text = text,
            IsEnglish = english,
            Tokens = tokens,
            Terms = asks.HasFlag(Asks.Count) ? [.. terms.Concat(CountedEvents(verbs)).Distinct()] : terms,
            Predicates = predicates,
            // Names are matched without the explanation, which would otherwise name one of its parts (정부지원금(국비+…) as 정부지원금 국비).
            Compact = TextNormalizer.Compact(termText),
            Quantities = quantities,
            Dates = dates,
            Years = [.. years.Distinct()],
            YearMentions = mentions,
            RelativeYears = RelativeYears(text, operation),
            Months = months,
            Stages = stages,
            Regions = [.. Regions.In(text).Select(r => r.Region).Distinct()],
            PlaceKinds = PlaceKinds(text),
            Asks = asks,
            Operation = operation,
            Rank = rank,
            TopN = topN,
            TargetUnit = TargetUnit(text),
            Divisor = Divisor(text, quantities),
            IsClaim = claim,
            IsEligibility = eligibility,
            IsFollowUp = FollowUpMarker().IsMatch(text) || text.Length <= 14 && EndsShort().IsMatch(text),
            Direction = Increase().IsMatch(text) ? 1 : Decrease().IsMatch(text) ? -1 : 0,
        };
    }

    /// <summary>Reads a claim to check: the question is the claim itself.</summary>
    public static Question ReadClaim(string original) => Read(original) with { IsClaim = true, IsEligibility = false };

    /// <summary>
    /// "몇 개사 뽑혔어요", "몇 곳이 늘었나": the verb of a count question names what is counted (선정, 증가), as a table's
    /// column does; only verbs the lexicon knows as another word's synonym, not every predicate.
    /// </summary>
    private static IEnumerable<string> CountedEvents(IEnumerable<string> verbs) =>
        verbs.Select(v => (Raw: v, Canonical: Lexicon.Canonical(v))).Where(v => v.Canonical != v.Raw && v.Canonical.Length >= 2).Select(v => v.Canonical);

    private static Asks ReadAsks(string text, string compact)
    {
        var asks = Asks.None;
        if (Amount().IsMatch(text))
        {
            asks |= Asks.Amount;
        }
        if (CountWord().IsMatch(text))
        {
            asks |= Asks.Count;
        }
        if (PercentWord().IsMatch(text))
        {
            asks |= Asks.Percent;
        }
        if (WhenWord().IsMatch(text))
        {
            asks |= Asks.When;
        }
        if (WhoWord().IsMatch(text))
        {
            asks |= Asks.Who;
        }
        if (WhereWord().IsMatch(text))
        {
            asks |= Asks.Where;
        }
        if (WhatWord().IsMatch(text))
        {
            asks |= Asks.What;
        }
        if (WhyWord().IsMatch(text))
        {
            asks |= Asks.Why;
        }
        if (HowWord().IsMatch(text))
        {
            asks |= Asks.How;
        }
        if (ScoreWord().IsMatch(text))
        {
            asks |= Asks.Score;
        }
        if (DurationWord().IsMatch(text))
        {
            asks |= Asks.Duration;
        }
        if (TimesWord().IsMatch(text))
        {
            asks |= Asks.Times;
        }
        return asks;
    }

    /// <summary>Whether the question asks for a total (모두 합쳐, 합계) besides whatever its main operation is.</summary>
    public static bool AsksTotal(string text) => SumWord().IsMatch(text);

    /// <summary>Where the question writes its sum word (모두 합쳐), or −1.</summary>
    public static int TotalAt(string text) => SumWord().Match(text) is { Success: true } m ? m.Index : -1;

    private static (Operation, RankOrder, int?) ReadOperation(string text, string compact, Asks asks)
    {
        var rank = Highest().IsMatch(text) && Lowest().IsMatch(text) ? RankOrder.Both
            : Highest().IsMatch(text) ? RankOrder.Highest : Lowest().IsMatch(text) ? RankOrder.Lowest : RankOrder.None;
        int? top = TopN().Match(text) is { Success: true } t ? int.Parse(t.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
        if (top is not null)
        {
            rank = Lowest().IsMatch(text) ? RankOrder.Lowest : RankOrder.Highest;
        }
        Operation op;
        if (TimesWord().IsMatch(text))
        {
            op = Operation.Ratio;
        }
        else if (ShareWord().IsMatch(text))
        {
            op = Operation.Share;
        }
        else if (GrowthWord().IsMatch(text))
        {
            op = Operation.Growth;
        }
        else if (AverageWord().IsMatch(text))
        {
            op = Operation.Average;
        }
        else if (SumWord().IsMatch(text))
        {
            op = Operation.Sum;
        }
        else if (DifferenceWord().IsMatch(text))
        {
            op = Operation.Difference;
        }
        else if (ImpliedEarlier().IsMatch(text))
        {
            op = Operation.BackCompute;
        }
        else if (ConvertWord().IsMatch(text))
        {
            op = Operation.Convert;
        }
        else if (rank != RankOrder.None)
        {
            op = Operation.Rank;
        }
        else
        {
            op = Operation.Lookup;
        }
        return (op, rank, top);
    }

    /// <summary>
    /// "…다는데 맞나요" states a claim; "기준에 맞나요" asks whether a case fits a rule; "이유로 뭘 들었어요" asks what was
    /// given (들다), not whether what the asker heard (듣다) is so.
    /// </summary>
    private static bool IsClaimText(string text) => ClaimEnding().Match(text) is { Success: true } ending && !FitsRule().IsMatch(text.Length > 24 ? text[^24..] : text)
        && !(ending.Value.StartsWith("들었", StringComparison.Ordinal) && (WhWord().IsMatch(text) || text.Contains('뭘')));

    [GeneratedRegex(@"(?:기준|요건|조건|자격|규정|범위)[가-힣]*\s?(?:에|을|이|는)?\s?(?:맞|충족|부합|만족|해당|들어)")]
    private static partial Regex FitsRule();

    /// <summary>A yes/no question about the asker's case or the data; a wh-question (얼마, 언제, 어디 …) is not one unless it asks about being able to.</summary>
    private static bool IsEligibilityText(string text)
    {
        var yesNo = EligibilityEnding().IsMatch(text) || YesNoEnding().IsMatch(text);
        if (!yesNo)
        {
            return false;
        }
        return !WhWord().IsMatch(text) || AbleTo().IsMatch(text);
    }

    [GeneratedRegex(@"얼마|몇|무엇|뭐|뭔|어디|언제|누구|어떻게|어떤|왜|무슨|어느|how much|how many|what|when|where|which|who|why")]
    private static partial Regex WhWord();

    [GeneratedRegex(@"(?:신청|지원|참여|선정|지정|인정|면제)[가-힣]*\s?(?:할|받을|될)\s?수\s?있|자격|가능한가|가능할까|가능해\?|가능합니까|받을 수 있|받을수있")]
    private static partial Regex AbleTo();

    private static IReadOnlyList<int> RelativeYears(string text, Operation operation)
    {
        var found = new List<int>();
        if (LastYear().IsMatch(text))
        {
            found.Add(-1);
        }
        if (ThisYear().IsMatch(text))
        {
            found.Add(0);
        }
        if (NextYear().IsMatch(text))
        {
            found.Add(1);
        }
        // "작년 대비 몇 % 늘었어": last year is the base of the change; the year compared with it is this one.
        if (found is [-1] && operation == Operation.Growth && LastYearAsBase().IsMatch(text) && DateScanner.Years(text).Count == 0)
        {
            found.Add(0);
        }
        return found;
    }

    private static IReadOnlyList<string> PlaceKinds(string text)
    {
        var kinds = new List<string>();
        foreach (Match m in PlaceKind().Matches(text))
        {
            var kind = m.Groups["k"].Value switch
            {
                "광역시" or "광역" or "특별자치시" or "광역시·특별자치시" => "광역시",
                "도" or "도(道)" or "특별자치도" or "도 지역" => "도",
                var other => other,
            };
            if (!kinds.Contains(kind))
            {
                kinds.Add(kind);
            }
        }
        return kinds;
    }

    private static Unit? TargetUnit(string text)
    {
        if (text.Contains("USD billion", StringComparison.OrdinalIgnoreCase))
        {
            return Units.BillionDollar;
        }
        var m = TargetUnitPattern().Match(text);
        if (!m.Success)
        {
            // "몇 억원인가요", "몇 ㎢야": the unit the answer is asked in.
            m = HowManyOfUnit().Match(text);
        }
        if (!m.Success)
        {
            return null;
        }
        var unit = m.Groups["u"].Value.Replace(" ", "", StringComparison.Ordinal);
        return unit switch
        {
            "USDbillion" or "billion" or "십억달러" => Units.BillionDollar,
            "십억원" => Units.BillionWon,
            "제곱킬로미터" or "㎢" or "km²" => Units.SquareKilometre,
            _ => Units.Find(unit),
        };
    }

    /// <summary>"14개 시·도로 나누면", "3으로 나누면": a count the question divides by.</summary>
    private static Quantity? Divisor(string text, IReadOnlyList<Quantity> quantities)
    {
        var m = DivideBy().Match(text);
        if (!m.Success)
        {
            return null;
        }
        // The count written just before "…로 나누면" / "…에 똑같이 나누면".
        return quantities.Where(q => q.End <= m.Index + 1 && m.Index - q.End <= 8 && q.Unit.Family is not UnitFamily.Won and not UnitFamily.Dollar).Cast<Quantity?>().LastOrDefault();
    }

    [GeneratedRegex(@"(?<![\d.,'])(?<y>(?:19|20)\d{2})(?![\d.,년%])(?!\s?(?:억|만|원|명|개|건|점|배))")]
    private static partial Regex BareYear();

    [GeneratedRegex(@"(\d)\s*단계")]
    private static partial Regex Stage();

    [GeneratedRegex(@"\([^()]*\+[^()]*\)")]
    private static partial Regex Explanation();

    [GeneratedRegex(@"(?:'\d{2}|(?:19|20)\d{2})\s?년?(?:도)?\s?(?:부터|~|-|에서)\s?(?:'\d{2}|(?:19|20)\d{2})\s?년?(?:도)?(?:까지)?")]
    private static partial Regex YearRange();

    [GeneratedRegex(@"얼마|금액|규모|액수|예산은|예산이|how much|몇\s?억|몇\s?백만|몇\s?만\s?원|몇\s?달러|[가-힣]액(?:은|는|이|가|을|를|과|와|의|이랑|\s|$)")]
    private static partial Regex Amount();

    [GeneratedRegex(@"몇\s?(?:십|백|천|만|십만|백만|천만)?\s?(?:개|명|곳|군데|건|개사|개소|과제|팀|기관|종|회|번|차례|개국|점포|가구)|몇\s?개\s?(?:사|소|국)|how many|수는|수가|건수|개수|인원")]
    private static partial Regex CountWord();

    [GeneratedRegex(@"몇\s?(?:%|퍼센트|프로|퍼)|%\s?(?:로|는|인가|야|예요|입니까|나)|비중|비율|증가율|증감률|성장률|감소율|점유율|률은|율은|퍼센트")]
    private static partial Regex PercentWord();

    [GeneratedRegex(@"언제|며칠|몇\s?월|몇\s?일|일정|기간|기한|마감|시한|시기|날짜|시점|까지인가|까지예요|까지야|까지고|스케줄|시행일|발표일|엠바고")]
    private static partial Regex WhenWord();

    [GeneratedRegex(@"누구|누가|연락처|전화|번호|문의|담당자|담당 부서|담당부서|어느 부서|어디로 연락|어디에 연락|연락하면|취재")]
    private static partial Regex WhoWord();

    [GeneratedRegex(@"어디|어느\s?(?:곳|지역|시도|시·도|기관|센터|기업|도|쪽)|어느 데|어딘")]
    private static partial Regex WhereWord();

    [GeneratedRegex(@"무엇|뭐|뭔|무슨|어떤|어떻게 되|어떤 게|어떤게|종류|유형|항목|목록|내용")]
    private static partial Regex WhatWord();

    [GeneratedRegex(@"왜|이유|까닭|원인|배경|때문")]
    private static partial Regex WhyWord();

    [GeneratedRegex(@"어떻게|방법|절차|방식|기준으로|어떤 기준")]
    private static partial Regex HowWord();

    [GeneratedRegex(@"몇\s?점|점수|평점|등급")]
    private static partial Regex ScoreWord();

    [GeneratedRegex(@"몇\s?(?:년|개월|달)|기간|얼마 동안|얼마동안")]
    private static partial Regex DurationWord();

    [GeneratedRegex(@"몇\s?배|배\s?(?:인가|야|예요|입니까|나|가|로|정도|쯤|이)|배임|times")]
    private static partial Regex TimesWord();

    [GeneratedRegex(@"비중|차지|점유율|구성비|의\s?몇\s?(?:%|퍼센트|프로)|중\s?몇\s?(?:%|퍼센트|프로)|몇\s?(?:%|퍼센트|프로)(?:에|를|나|가)?\s?(?:해당|차지)|비율은\s?몇|중[^?]{0,30}비율(?:은|이|을)?\s*(?:\?|$|얼마|어떻|가장|제일)|(?:\s중에?|가운데)\s[^?]{0,30}몇\s?(?:%|퍼센트|프로)(?![^?]*(?:늘|증가|줄|감소|올|상승|하락|높|낮|많|적))")]
    private static partial Regex ShareWord();

    [GeneratedRegex(@"증가율|증감률|성장률|감소율|상승률|하락률|증원율|감원율|증액률|감액률|인상률|인하율|삭감률|몇\s?(?:%|퍼센트|프로|퍼)\s?(?:가|나|이|정도|쯤)?\s?(?:늘|증가|줄|감소|올|상승|하락|오르|높|낮|떨어|커|작(?![성업])|많|적(?![용합정립])|성장)|(?:늘|증가|줄|감소|올|상승|하락|오르|높|떨어)[가-힣]*\s?(?:몇|얼마)\s?(?:%|퍼센트|프로)|^몇\s?%[^?]*(?:증가|감소)|%로\s?알려|%로도|%로\s?(?:계산|말|보면|따지면|치면)|%로\s*\??\s*$|퍼센트로")]
    private static partial Regex GrowthWord();

    [GeneratedRegex(@"평균|(?:\d|[가-힣])\s?당\s|(?:개사|과제|곳|명|개|건|지구|센터|기업|시도|시·도|일자리|인|억원|만원|원)\s?당|꼴|나누면|나눠|나눈|나누어|per\s")]
    private static partial Regex AverageWord();

    [GeneratedRegex(@"합치면|합하면|합친|더하면|합계|합쳐|더한|모두 더|다 더|누적|총합|합산|합은|합이|합쳐서|총 몇|모두 몇|전부 몇|다 합")]
    private static partial Regex SumWord();

    [GeneratedRegex(@"차이|(?:을|를)\s?빼면|에서\s?[^\s?]+(?:\s[^\s?]+)?\s빼면|빼면\s?(?:얼마|몇)|뺀\s?(?:값|수|차)|얼마나\s?(?:늘|줄|많|적|증가|감소|올|오르|높|낮|커|작|떨어|개선|나아)|얼마\s?(?:늘|줄|증가|감소|증액|감액|올랐|오른|많아|적어)|증감|얼마나\s?(?:변|달라)|(?:증가|감소|증감|변화|상승|하락)\s?폭|대비로는|더\s?많|더\s?적|몇\s?(?:천|만)?\s?(?:명|개|억|점|곳|건)\s?(?:더|많|적)|몇\s?(?:만|천|백)?\s?(?:톤|㎡|km|개소|개사|명|개|곳|건|억원|만원|백만원|억달러|달러)\s?(?:이|가|나|정도|쯤)?\s?(?:늘|줄|증가|감소|오르|올랐|많아|적어)|며칠 차이|how much more")]
    private static partial Regex DifferenceWord();

    [GeneratedRegex(@"(?:작년|전년|지난해|전년 동월|작년 같은 달|이전|당시).*(?:얼마였|얼마인|얼마쯤|대략 얼마|얼마 정도|셈)|셈이|\d(?:\.\d+)?\s?%\s?(?:가|나|이)?\s?(?:늘|증가|줄|감소|올|상승|하락)[^?]*(?:얼마였|얼마인가|얼마였다|대략 얼마|얼마 정도)")]
    private static partial Regex ImpliedEarlier();

    // English "in" converts only when a unit follows (in won, in millions, in 백만원), not in "in the Busan case".
    [GeneratedRegex(@"단위로|환산|(?:으로|로|원|%|달러)\s?(?:바꾸면|바꿔)|으로 계산|로 계산|으로 알려|로 알려|으로는|\bin\s+(?:(?:korean\s+)?won|(?:us\s+)?dollars?|usd|krw|hundreds?\b|thousands?|millions?|billions?|trillions?|percent|tonnes?|tons?|[0-9가-힣]*원|[0-9가-힣]*달러)", RegexOptions.IgnoreCase)]
    private static partial Regex ConvertWord();

    [GeneratedRegex(@"(?<u>억원|백만원|천만원|조원|만원|천원|십억달러|억달러|달러|만㎡|㎡|㎢|km²|제곱킬로미터|USD\s?billion|십억원|(?<![가-힣])원)\s?(?:단위|으로|로|기준|하고|이랑|랑|과|와)")]
    private static partial Regex TargetUnitPattern();

    // "억원 단위로", "백만원 단위": how to write the answer; 단위 names nothing asked about.
    [GeneratedRegex(@"(?:원|달러|%|㎡|㎢|톤|명|개|billion|million)\s*단위")]
    private static partial Regex UnitFormat();

    [GeneratedRegex(@"몇\s?(?<u>억원|백만원|천만원|조원|만원|천원|억달러|만㎡|㎢|km²|제곱킬로미터|만톤|천톤)")]
    private static partial Regex HowManyOfUnit();

    [GeneratedRegex(@"(?:으로|로|에)\s?(?:똑같이\s?|균등하게\s?|골고루\s?)?(?:나누|나눠|나눈)")]
    internal static partial Regex DivideBy();

    // "제일 배점이 큰": the measure may stand, with its particle, between the superlative and the adjective.
    [GeneratedRegex(@"가장\s?(?:[가-힣]{1,6}(?:이|가)\s)?(?:많|크|높|큰|비싼|오래|길)|제일\s?(?:[가-힣]{1,6}(?:이|가)\s)?(?:많|크|높|큰)|젤\s?(?:많|마니|크|높)|1위|일위|1등|선두|최다|largest|highest|the most")]
    private static partial Regex Highest();

    [GeneratedRegex(@"가장\s?(?:[가-힣]{1,6}(?:이|가)\s)?(?:적|작|낮|짧)|제일\s?(?:[가-힣]{1,6}(?:이|가)\s)?(?:적|작|낮)|젤\s?(?:적|작|낮)|꼴찌|최하위|최저치")]
    private static partial Regex Lowest();

    [GeneratedRegex(@"상위\s?(?<n>\d+)|(?<n>\d+)\s?위까지|top\s?(?<n>\d+)|하위\s?(?<n>\d+)")]
    private static partial Regex TopN();

    [GeneratedRegex(@"맞나요|맞습니까|맞죠|맞지|맞아\??$|맞아요|맞냐|맞는지|맞는가|맞을까요|사실인가|사실입니까|사실이야|사실이에요|사실이냐|사실인지|사실이에|라던데|다던데|다는데|라는데|한다던데|했다던데|됐다던데|받았다는데|들었는데|들었어요|들었습니다|다고 들|라고 들|보도해도|써도 되|써도 돼|써도 될|기사에 써|기사 써|보도가 있|보도가 맞|기사가 있|그렇게 나와|라고 하던데|다고 하던데|하더라|하던데|(?:진|된|간|았던|었던|했던) (?:거죠|거지|것이죠)\??$")]
    private static partial Regex ClaimEnding();

    [GeneratedRegex(@"(?:신청|지원|참여|선정|인정|해당|충족|적용|지정|심사|면제|포함|받|되|할|될|들어가|가능|이의신청|유지|괜찮)[가-힣]*\s?(?:수\s?있|수있)|(?:가능|충족|해당|인정|포함|적용|유지|제외|괜찮|해당되|되)\s?(?:한가요|하나요|할까요|합니까|해요\?|해\?|한지|될까요|되나요|됩니까|돼요|돼\?|되나|될까|되는지|인가요|일까요|해요|하죠)|(?:요건|기준|조건|자격)[가-힣]*\s?(?:에|을|이|는)?\s?(?:맞|충족|되|만족|갖추)|(?:신청|지원|참여)\s?(?:가능|되|돼|할 수|할수)|들어가나요|들어가요|포함되나|인정되나|인정돼|받을 수|받을수|될 수|될수|해도 되|해도 돼|아닌가요|아닌가|거 아닌|못 하나|안 되나|안되나|막혀|막히나|막히는지|막힐까|막힙니까")]
    private static partial Regex EligibilityEnding();

    [GeneratedRegex(@"(?:늘었|줄었|증가했|감소했|올랐|떨어졌|높은|낮은|많은|적은|넘었|늘어난|줄어든)[가-힣]*\s?(?:나요|습니까|어요\?|어\?|나\?|건가요|건가|거야|거예요|것인가요|는지)|볼 수 있나요|볼 수 있을까요|볼수있나|포함되나요|포함돼요")]
    private static partial Regex YesNoEnding();

    [GeneratedRegex(@"^(?:그럼|그러면|그래서|그리고|그렇다면|근데|또|그 |그거|그건|그게|거기|그곳|그 곳|여기|이거|그 두|그 세|그 유형|그 해|그해|그 기업|그 회사|그 센터|그 지역|그 사업|그중|그 중)|거기|그거|그것|그 유형|그 해|그해|그 두 곳|그 두곳|그 기업|그 회사|그 센터|그 과제|같은 등급|그 전에|that|those|there|its\s")]
    private static partial Regex FollowUpMarker();

    [GeneratedRegex(@"(?:은요|는요|은\?|는\?|도요|이요|요\?|도\?)$")]
    private static partial Regex EndsShort();

    [GeneratedRegex(@"늘|증가|올|오르|오른|상승|확대|높아|커|많아|개선")]
    private static partial Regex Increase();

    [GeneratedRegex(@"줄|감소|하락|축소|낮아|떨어|내려|작아|적어|감액")]
    private static partial Regex Decrease();

    [GeneratedRegex(@"작년|지난해|전년|지난 해|전년도|직전년도|지난번|(?<![\d.])1\s?년\s?전(?:보다|대비|에\s?비해|과|와|에는|엔)|한\s?해\s?전|last year|previous year|a year earlier|a year ago")]
    private static partial Regex LastYear();

    [GeneratedRegex(@"(?:작년|지난해|지난 해|전년도?)\s*(?:\d{1,2}\s?월\s*|동월\s*|동기\s*)?(?:대비|보다|에\s?비해|에\s?비하면|과\s?비교|와\s?비교)|(?:than|compared (?:with|to)) (?:last year|the previous year|a year earlier)")]
    private static partial Regex LastYearAsBase();

    [GeneratedRegex(@"올해|금년|이번 해|당해|this year")]
    private static partial Regex ThisYear();

    [GeneratedRegex(@"내년|다음 해|다음해|next year")]
    private static partial Regex NextYear();

    [GeneratedRegex(@"(?<k>광역시·특별자치시|광역시|특별자치시|특별자치도|도\(道\)|도 지역|비수도권|수도권|인구감소지역|(?<=^|\s)도(?=는|의|에서|에|\s?지역|\?|$))")]
    private static partial Regex PlaceKind();
}
