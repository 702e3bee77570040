using System.Text.RegularExpressions;

namespace Knowledge.Language;

/// <summary>
/// English programme language in Korean, so an English question is read by the same Korean pipeline: "national
/// government funding" → 국비, "by what percentage … grow" → 몇 % 증가, "phase 2" → 2단계, "Gyeongbuk" → 경북. General
/// vocabulary of budgets, calls, evaluations, trade and regions, never one document's terms.
/// </summary>
public static partial class EnglishGlossary
{
    // Longest phrases are tried first; a phrase is replaced by its Korean at word boundaries.
    private static readonly (string English, string Korean)[] Phrases =
    [
        // question forms
        ("is it true that", "맞나요"), ("is it true", "맞나요"), ("is it correct that", "맞나요"), ("is it right that", "맞나요"), ("true or false", "맞나요"),
        ("can i report that", "보도해도 되나요"), ("did it really", "맞나요"),
        ("how many times", "몇 배"), ("how much larger", "얼마나 많"), ("how much more", "얼마나 많"), ("how much less", "얼마나 적"),
        ("how much", "얼마"), ("how many", "몇 개"), ("how large", "얼마"), ("how big", "얼마"), ("how long", "기간 얼마"), ("how old", "몇 년"),
        ("by what percentage", "몇 %"), ("by how many percent", "몇 %"), ("what percentage", "몇 %"), ("what percent", "몇 %"), ("what share", "비중 몇 %"), ("which share", "비중 몇 %"),
        ("by how much", "얼마나"), ("by how many points", "몇 점"), ("how many points", "몇 점"), ("what score", "몇 점"),
        ("what is the deadline", "마감 언제"), ("when is the deadline", "마감 언제"), ("until when", "언제까지"), ("by when", "언제까지"),
        ("when will", "언제"), ("when does", "언제"), ("when do", "언제"), ("when did", "언제"), ("when is", "언제"), ("when are", "언제"), ("when", "언제"),
        ("why did", "왜"), ("why does", "왜"), ("why is", "왜"), ("why", "왜"), ("for what reason", "왜"),
        ("who should", "누구"), ("who is", "누구"), ("whom", "누구"), ("who", "누구"),
        ("which regions", "어느 지역"), ("which region", "어느 지역"), ("which province", "어느 도"), ("which provinces", "어느 도"),
        ("which year", "어느 해"), ("what year", "어느 해"), ("which", "어느"), ("what are", "무엇"), ("what is", "무엇"), ("what was", "무엇"), ("what were", "무엇"), ("what did", "무엇"), ("what will", "무엇"), ("what", "무엇"),
        ("how do", "어떻게"), ("how does", "어떻게"), ("how did", "어떻게"), ("how can", "어떻게"), ("how", "어떻게"),
        ("can i apply", "신청할 수 있나요"), ("can we apply", "신청할 수 있나요"), ("eligible", "신청 가능"), ("qualify", "요건 충족"),
        ("please give", "알려주세요"), ("please also give", "알려주세요"), ("tell me", "알려주세요"),
        // comparisons and operations
        ("compared with", "대비"), ("compared to", "대비"), ("relative to", "대비"), ("than in", "보다"), ("than", "보다"),
        ("from a year earlier", "1년 전 대비"), ("from a year ago", "1년 전 대비"), ("a year earlier", "1년 전"), ("a year ago", "1년 전"), ("year earlier", "1년 전"),
        ("how did it change", "얼마나 증감"), ("how did they change", "얼마나 증감"), ("how has it changed", "얼마나 증감"),
        ("falls under", "해당"), ("fall under", "해당"), ("falls into", "해당"), ("basis", "기준"),
        ("year-on-year", "전년 동월 대비"), ("year on year", "전년 동월 대비"), ("from the previous year", "전년 대비"), ("than the previous year", "전년보다"), ("previous year", "전년"), ("last year", "작년"),
        ("in total", "합계"), ("combined", "합친"), ("altogether", "합계"), ("the sum of", "합계"), ("sum", "합계"), ("total", "합계"), ("overall", "종합"),
        ("difference between", "차이"), ("difference", "차이"), ("gap", "차이"),
        ("on average", "평균"), ("average", "평균"), ("per", "당"), ("each", "각"),
        ("made up", "차지"), ("make up", "차지"), ("account for", "차지"), ("accounted for", "차지"), ("accounts for", "차지"),
        ("share of", "비중"), ("share", "비중"), ("proportion", "비중"), ("percentage", "비중"), ("ratio", "비율"),
        ("growth rate", "증가율"), ("grow", "증가"), ("grows", "증가"), ("rises", "증가"), ("rising", "증가"), ("increases", "증가"), ("grew", "증가"), ("growth", "증가"), ("increase", "증가"), ("increased", "증가"), ("rise", "증가"), ("rose", "증가"),
        ("higher", "증가"), ("jump", "증가"), ("jumped", "증가"), ("expand", "확대"), ("raise", "상향"), ("raised", "상향"),
        ("decrease", "감소"), ("decreased", "감소"), ("decline", "감소"), ("declined", "감소"), ("fall", "감소"), ("fell", "감소"), ("drop", "감소"), ("dropped", "감소"), ("lower", "감소"), ("cut", "감액"),
        ("the largest", "가장 많"), ("largest", "가장 많"), ("the most", "가장 많"), ("the highest", "가장 높"), ("highest", "가장 높"), ("biggest", "가장 많"), ("top-ranked", "1위"), ("top", "1위"),
        ("the smallest", "가장 적"), ("smallest", "가장 적"), ("the least", "가장 적"), ("the lowest", "가장 낮"), ("lowest", "가장 낮"),
        ("more than", "이상"), ("at least", "이상"), ("less than", "미만"), ("up to", "최대"), ("at most", "이하"), ("within", "이내"), ("over", "초과"), ("above", "초과"), ("below", "미만"),
        ("one fifth", "5분의 1"), ("one fourth", "4분의 1"), ("a quarter", "4분의 1"), ("one third", "3분의 1"), ("half", "절반"),
        ("is allocated to", " "), ("was allocated to", " "), ("are allocated to", " "), ("were allocated to", " "), ("is allocated for", " "), ("was allocated for", " "), ("is earmarked for", " "), ("is set aside for", " "), ("hundreds of millions of won", "억원"), ("hundred millions of won", "억원"), ("hundred million won", "억원"), ("in trillions of won", "조원 단위"), ("trillion won", "조원"), ("in ten thousands of won", "만원 단위"), ("in millions of won", "백만원 단위"), ("millions of won", "백만원"), ("in billions of won", "십억원 단위"), ("in 억원", "억원 단위"), ("in billions of us dollars", "십억달러 단위"), ("in billions of dollars", "십억달러 단위"), ("billions of us dollars", "십억달러"),
        // budgets and funding
        ("national government funding", "국비"), ("national government", "국비"), ("national funding", "국비"), ("national grant", "국비 지원액"), ("national grants", "국비 지원액"), ("state funding", "국비"), ("government funding", "정부지원"), ("government support", "정부지원"),
        ("local government funding", "지방비"), ("local funding", "지방비"), ("local government", "지자체"), ("private funding", "민간부담금"), ("private contribution", "민간부담금"), ("private sector", "민간"),
        ("national operating budget", "국비 운영비"), ("operating budget", "운영비"), ("budget proposal", "정부안"), ("government proposal", "정부안"), ("budget", "예산"), ("funding", "예산"), ("allocation", "배분액"), ("allocations", "배분액"), ("allocated", "배분"), ("grant", "지원금"), ("subsidy", "보조금"),
        ("first-year", "1차년도"), ("first year", "1차년도"), ("new-project", "신규과제"), ("new project", "신규과제"), ("new projects", "신규과제"), ("continuing projects", "계속과제"), ("earmarked", "예산"),
        ("in full", "전액"), ("fully", "전액"), ("full amount", "전액"), ("government r&d funding", "정부지원연구개발비"), ("total r&d costs", "총 연구개발비"), ("r&d costs", "연구개발비"),
        ("cap", "한도"), ("limit", "한도"), ("ceiling", "한도"), ("maximum", "최대"), ("minimum", "최소"), ("funding rate", "지원 비율"), ("matching ratio", "분담 비율"),
        ("total project cost", "총사업비"), ("project cost", "사업비"), ("cost", "비용"), ("costs", "비용"), ("prize money", "상금"), ("prize", "상금"),
        // programmes and calls
        ("programme", "사업"), ("program", "사업"), ("project", "과제"), ("projects", "과제"), ("call for proposals", "공고"), ("call", "공고"), ("round", "공모"),
        ("application period", "접수 기간"), ("applications", "신청"), ("application", "신청"), ("applied", "신청"), ("apply", "신청"), ("applicants", "신청"),
        ("competition ratio", "경쟁률"), ("selected", "선정"), ("select", "선정"), ("selection", "선정"), ("chosen", "선정"), ("designated", "지정"), ("designation", "지정"), ("designate", "지정"),
        ("deadline", "마감"), ("announced", "발표"), ("announcement", "발표"), ("announce", "발표"), ("take effect", "시행"), ("takes effect", "시행"), ("effective", "시행"), ("enforced", "시행"),
        ("second-half", "하반기"), ("second half", "하반기"), ("first half", "상반기"), ("close", "마감"), ("closes", "마감"), ("end", "종료"), ("ends", "종료"),
        ("enforcement decree", "시행령"), ("decree", "시행령"), ("recycled content", "재생원료"), ("recycled", "재활용"),
        ("tonnes", "톤"), ("tonne", "톤"), ("tons", "톤"),
        ("guidelines", "지침"), ("guideline", "지침"), ("rules", "규정"), ("rule", "규정"), ("revision", "개정"), ("revised", "개정"), ("amendment", "개정"), ("current criteria", "현행 기준"), ("criteria", "기준"), ("requirements", "요건"), ("requirement", "요건"),
        ("track", "트랙"), ("type", "유형"), ("leading", "선도형"), ("consortium", "컨소시엄"), ("consortia", "컨소시엄"),
        ("evaluation", "평가"), ("mid-term", "중간"), ("midterm", "중간"), ("presentation evaluations", "발표평가"), ("presentation evaluation", "발표평가"), ("written evaluation", "서면평가"), ("on-site", "현장"),
        ("final selection", "최종 선정"), ("final", "최종"), ("appeal", "이의신청"), ("appealing", "이의신청"), ("appeals", "이의신청"), ("file", "제출"),
        ("grade", "등급"), ("grades", "등급"), ("score", "점수"), ("scores", "점수"), ("scored", "점수"), ("points", "점"), ("weight", "가중치"),
        ("center", "센터"), ("centre", "센터"), ("centers", "센터"), ("centres", "센터"), ("award", "상"), ("awards", "시상"), ("grand prize", "대상"), ("winner", "수상"),
        ("best local government award", "우수 지자체"), ("local government award", "지자체"),
        ("management", "경영"), ("performance", "성과"), ("consulting", "컨설팅"), ("organisational", "조직"), ("organizational", "조직"), ("changes", "변화"),
        // outcomes
        ("new jobs", "신규 고용"), ("jobs", "일자리"), ("job", "일자리"), ("employment", "고용"), ("new staff", "신규 인력"), ("staff", "인력"), ("hire", "채용"), ("hired", "채용"),
        ("sales", "매출"), ("revenue", "매출"), ("investment attracted", "투자 유치"), ("attract", "유치"), ("attracted", "유치"), ("investment", "투자"),
        ("patents", "특허"), ("patent", "특허"), ("localize", "국산화"), ("localized", "국산화"), ("develop", "개발"), ("developed", "개발"),
        ("save", "절감"), ("saved", "절감"), ("savings", "절감"), ("energy costs", "에너지 비용"), ("demonstrate", "실증"), ("demonstration", "실증"), ("targets", "목표"), ("target", "목표"),
        ("on what data", "어떤 자료 기준"), ("on what basis", "어떤 기준"), ("based on", "기준"), ("based", "기준"), ("provisional", "잠정치"), ("preliminary", "잠정치"), ("final figures", "확정치"),
        ("worked example", "예시"), ("examples", "예시"), ("example", "예시"), ("calculated", "산정"), ("calculation", "산정"),
        ("success cases", "성과 사례"), ("success case", "성과 사례"), ("cases", "사례"), ("case", "사례"), ("pilot", "시범사업"),
        // trade and statistics
        ("exports", "수출"), ("export", "수출"), ("imports", "수입"), ("import", "수입"), ("trade surplus", "무역수지 흑자"), ("trade balance", "무역수지"), ("surplus", "흑자"), ("deficit", "적자"),
        ("semiconductors", "반도체"), ("semiconductor", "반도체"), ("computers", "컴퓨터"), ("computer", "컴퓨터"), ("automobiles", "자동차"), ("cars", "자동차"), ("ships", "선박"),
        ("daily average", "일평균"), ("working days", "조업일수"), ("customs", "통관"), ("provisional", "잠정"), ("preliminary", "잠정"), ("items", "품목"), ("item", "품목"), ("markets", "지역"),
        ("us dollars", "달러"), ("dollars", "달러"), ("usd", "달러"),
        // employment and labour statistics
        ("insured workers", "피보험자"), ("insured employees", "피보험자"), ("insured persons", "피보험자"), ("insured people", "피보험자"), ("employment insurance", "고용보험"),
        ("job seeking benefits", "구직급여"), ("job seeking benefit", "구직급여"), ("jobseeker's allowance", "구직급여"), ("jobseekers allowance", "구직급여"), ("unemployment benefits", "구직급여"), ("unemployment benefit", "구직급여"),
        ("new claimants", "신규신청자"), ("claimants", "신청자"), ("recipients", "지급자"), ("beneficiaries", "지급자"), ("be paid out of", "결제"), ("be paid with", "결제"), ("be paid by", "결제"), ("pay with", "결제"), ("paid out", "지급"), ("paid", "지급"), ("payments", "지급액"), ("payment", "지급액"),
        ("construction industry", "건설업"), ("construction sector", "건설업"), ("construction", "건설"), ("service sector", "서비스업"), ("services", "서비스업"), ("manufacturing industry", "제조업"),
        ("women", "여성"), ("female", "여성"), ("men", "남성"), ("male", "남성"), ("by age", "연령별"), ("by industry", "산업별"), ("by gender", "성별"),
        ("how many thousand", "몇 천명"), ("outnumber", "더 많"), ("outnumbered", "더 많"),
        ("since when", "언제부터"), ("declining", "감소"), ("falling", "감소"), ("increasing", "증가"), ("who is not counted", "포함되지 않는 대상은 무엇"), ("who is not included", "포함되지 않는 대상은 무엇"), ("who is excluded", "제외 대상은 무엇"), ("who is not covered", "제외 대상은 무엇"),
        ("not counted", "포함되지 않"), ("not included", "포함되지 않"),
        // places and organisations
        ("metropolitan cities", "광역시"), ("metropolitan city", "광역시"), ("special self-governing city", "특별자치시"), ("province", "도"), ("provinces", "도"),
        ("seoul metropolitan area", "수도권"), ("seoul capital area", "수도권"), ("greater seoul", "수도권"), ("capital area", "수도권"), ("metropolitan area", "수도권"), ("non-capital", "비수도권"),
        ("population-decline area", "인구감소지역"), ("population decline area", "인구감소지역"), ("depopulating area", "인구감소지역"),
        ("funding areas", "분야"), ("funding area", "분야"), ("fields", "분야"), ("field", "분야"), ("sectors", "분야"), ("sector", "분야"), ("candidate sites", "후보지"), ("candidate site", "후보지"), ("site", "후보지"), ("zones", "지구"), ("zone", "지구"), ("area", "면적"), ("distance", "거리"), ("region", "지역"), ("regions", "지역"),
        // the asker's case in eligibility questions
        ("debt-to-equity ratio", "부채비율"), ("debt ratio", "부채비율"), ("years in business", "업력"), ("business age", "업력"), ("company age", "업력"),
        ("employees", "종업원"), ("employee", "종업원"), ("workers", "근로자"), ("headcount", "종업원 수"),
        ("tax arrears", "세금 체납"), ("in arrears", "체납"), ("arrears", "체납"), ("unpaid taxes", "세금 체납"), ("installment plan", "분할납부"),
        ("extension", "연장"), ("extend", "연장"), ("extended", "연장"), ("exempt", "면제"), ("exemption", "면제"), ("exempted", "면제"),
        ("registered the business", "사업자등록"), ("registered our business", "사업자등록"), ("registered my business", "사업자등록"), ("business registration", "사업자등록"), ("factory registration", "공장등록"), ("ago", "전"),
        ("founders", "창업자"), ("founder", "창업자"), ("founded", "창업"), ("start-up", "창업"), ("startups", "창업"), ("startup", "창업"),
        ("youth", "청년"), ("young people", "청년"), ("young", "청년"), ("skilled", "숙련"), ("talent", "인재"), ("hiring", "채용"), ("hires", "채용 인원"),
        ("aim to support", "지원 목표"), ("execution rate", "집행률"), ("executed", "집행"), ("execution", "집행"), ("actually spent", "집행액"), ("actually spend", "집행"),
        ("clawed back", "환수"), ("claw back", "환수"), ("improper claims", "부정수급"), ("fraudulent claims", "부정수급"), ("survival rate", "생존율"),
        ("depopulation areas", "인구감소지역"), ("depopulation area", "인구감소지역"), ("depopulating areas", "인구감소지역"), ("districts", "자치구"), ("district", "자치구"),
        ("standing committee", "상임위"), ("preliminary review", "예비심사"), ("prepayment fee", "중도상환수수료"), ("early repayment", "중도상환"), ("repaying early", "중도상환"),
        ("principal investigator", "연구책임자"), ("per deal", "건당"), ("deals", "투자 건수"), ("in cash", "현금"), ("cash", "현금"), ("used up", "사용기한"),
        ("emission reductions", "감축량"), ("emission reduction", "감축량"), ("fall short", "미달"), ("falls short", "미달"), ("doubled", "2배"), ("lent out", "융자 실적"),
        ("start construction", "착공"), ("construction start", "착공"), ("repayment terms", "상환기간"), ("repayment period", "상환기간"), ("repayment", "상환"), ("repay", "상환"),
        ("working capital", "운전자금"), ("operating funds", "운전자금"), ("facility loan", "시설자금"), ("facility funds", "시설자금"),
        ("crosswalks", "횡단보도"), ("crosswalk", "횡단보도"), ("schoolchildren", "학생"), ("pupils", "학생"), ("patients", "환자"), ("patient", "환자"),
        ("papers", "논문"), ("paper", "논문"), ("prototype", "시제품"), ("public notice", "입법예고"), ("cabinet", "국무회의"), ("vacant houses", "빈집"), ("vacant house", "빈집"), ("vacant-house", "빈집"),
        ("companies", "기업"), ("company", "기업"), ("firms", "기업"), ("firm", "기업"), ("smes", "중소기업"), ("sme", "중소기업"), ("small and medium", "중소"), ("mid-sized", "중견기업"), ("large company", "대기업"), ("large companies", "대기업"),
        ("institutions", "기관"), ("institution", "기관"), ("ministry of smes and startups", "중소벤처기업부"), ("sme ministry", "중소벤처기업부"), ("smes ministry", "중소벤처기업부"), ("trade ministry", "산업통상자원부"), ("industry ministry", "산업통상자원부"),
        ("ministry of employment and labor", "고용노동부"), ("labor ministry", "고용노동부"), ("ministry of oceans and fisheries", "해양수산부"), ("fisheries ministry", "해양수산부"), ("oceans ministry", "해양수산부"),
        ("ministry of the interior and safety", "행정안전부"), ("interior ministry", "행정안전부"), ("ministry of agriculture, food and rural affairs", "농림축산식품부"), ("agriculture ministry", "농림축산식품부"),
        ("ministry of culture, sports and tourism", "문화체육관광부"), ("culture ministry", "문화체육관광부"), ("ministry of land, infrastructure and transport", "국토교통부"), ("land ministry", "국토교통부"),
        ("ministry of science and ict", "과학기술정보통신부"), ("science ministry", "과학기술정보통신부"), ("ministry of economy and finance", "기획재정부"), ("finance ministry", "기획재정부"),
        ("ministry of health and welfare", "보건복지부"), ("health ministry", "보건복지부"), ("ministry of education", "교육부"), ("education ministry", "교육부"), ("ministry of trade, industry and energy", "산업통상자원부"), ("motie", "산업통상자원부"), ("mss", "중소벤처기업부"), ("msit", "과학기술정보통신부"),
        ("phase", "단계"), ("phases", "단계"), ("stage", "단계"), ("stages", "단계"),
        ("time frames", "기간"), ("time frame", "기간"), ("period", "기간"), ("duration", "기간"), ("schedule", "일정"),
        ("director general", "정책관"), ("minister", "장관"), ("say", "말"), ("said", "말"),
        ("contact", "연락처"), ("phone", "전화"), ("department", "부서"),
        ("regional", "지역"), ("specialized", "특화"), ("specialised", "특화"), ("industry", "산업"), ("industrial", "산업"), ("collaboration", "협업"), ("innovation", "혁신"), ("process", "공정"),
        ("green", "그린"), ("transition", "전환"), ("manufacturing", "제조"), ("materials", "소재"), ("parts", "부품"), ("parts and equipment", "부품·장비"), ("equipment", "설비"), ("business", "기업"), ("growth center", "성장센터"),
        ("manufacturing site", "제조현장"), ("manufacturing sites", "제조현장"), ("integrated type", "통합형"), ("unit process", "단위공정"),
        ("sobujang", "소부장"), ("performance-sharing", "성과 공유"), ("performance sharing", "성과 공유"),
        ("cluster", "클러스터"), ("national innovation", "국가혁신"), ("concentration", "집중"), ("legal basis", "법적 근거"),
        // building, places and people a programme serves
        ("new", "신규"), ("newly", "신규"), ("build", "조성"), ("built", "조성"), ("construct", "구축"), ("constructed", "구축"), ("spaces", "공간"), ("space", "공간"),
        ("facility", "시설"), ("facilities", "시설"), ("warehouse", "창고"), ("cold storage", "저온창고"), ("hubs", "거점"), ("hub", "거점"), ("base", "거점"),
        ("planned", "계획"), ("plan", "계획"), ("plans", "계획"), ("allocate", "배분"), ("distributed", "배분"), ("assigned", "배정"),
        ("tenants", "입주"), ("tenant", "입주"), ("residents", "입주"), ("move in", "입주"), ("rent", "임대료"), ("market rate", "시세"), ("market rates", "시세"),
        // "market-rate rent", "rent at market rate": the rent is the whole market rate, a share of it the claim can be checked against
        ("market-rate", "시세 100%"), ("at market rate", "시세 100%"), ("at market rates", "시세 100%"), ("counts", "인정"), ("counted", "인정"),
        ("inspected", "점검"), ("inspection", "점검"), ("inspections", "점검"), ("vacancy rate", "공실률"), ("vacancy", "공실"),
        ("online sales", "온라인 매출"), ("online", "온라인"), ("visitors", "방문객"), ("visitor", "방문객"), ("tourists", "관광객"),
        ("producers", "생산자"), ("producer", "생산자"), ("manufacturers", "제조업체"), ("covered", "대상"), ("subject to", "대상"), ("mandate", "의무"), ("obligation", "의무"), ("obligated", "의무"),
        ("act", "법"), ("amended", "개정"), ("amend", "개정"), ("legislative notice", "입법예고"), ("legislative pre announcement", "입법예고"), ("pre announcement", "입법예고"),
        ("collect", "징수"), ("collected", "징수"), ("collection", "징수"), ("environment ministry", "환경부"), ("ministry of environment", "환경부"), ("fine", "과태료"), ("fines", "과태료"), ("penalty", "과태료"), ("penalties", "과태료"), ("violation", "위반"), ("violations", "위반"), ("offence", "위반"), ("offense", "위반"), ("report", "보고"), ("reporting", "보고"),
        ("exceptions", "예외"), ("exception", "예외"), ("excluded", "제외"), ("exclude", "제외"), ("grace period", "유예"), ("deferred", "유예"),
        ("recycling", "재활용"), ("chemically", "화학적"), ("chemical", "화학적"), ("physically", "물리적"), ("physical", "물리적"), ("raw materials", "원료"), ("raw material", "원료"),
        ("ton", "톤"),
        ("processing", "가공"), ("seafood", "수산식품"), ("fisheries", "수산"), ("agricultural", "농업"), ("food", "식품"),
        ("conditional", "조건부"), ("conditionally", "조건부"), ("reserve", "예비"), ("waitlisted", "예비"), ("evaluators", "평가위원"), ("evaluation committee", "평가위원회"),
        ("open", "접수"), ("opened", "접수"), ("submit", "제출"), ("submitted", "제출"), ("documents", "서류"), ("documentation", "서류"),
        // labour and other statistics releases
        ("insured", "피보험자"),
        ("jobseekers", "구직자"), ("job seekers", "구직자"), ("benefits", "급여"),
        ("pay", "지급"), ("unemployment", "실업"), ("unemployed", "실업자"), ("employment rate", "고용률"),
        ("labour market", "노동시장"), ("labor market", "노동시장"), ("statistics", "통계"), ("trends", "동향"), ("trend", "동향"), ("month on month", "전월 대비"), ("previous month", "전월"),
        ("consecutive", "연속"),
        ("woman", "여성"), ("age group", "연령대"), ("age groups", "연령대"), ("older people", "고령층"), ("elderly", "고령층"),
        ("service industry", "서비스업"), ("wholesale and retail", "도소매업"),
        ("restaurants", "음식점업"), ("restaurant", "음식점업"), ("accommodation", "숙박업"), ("households", "가구"), ("household", "가구"), ("income", "소득"),
        // support, vouchers and what they pay for
        ("support rate", "지원 비율"), ("subsidy rate", "지원 비율"), ("not eligible", "지원 제외"), ("ineligible", "지원 제외"),
        ("supported", "지원"), ("supports", "지원"), ("support", "지원"), ("co payment", "자부담"), ("self payment", "자부담"), ("own contribution", "자부담"), ("out of pocket", "자부담"),
        ("vouchers", "바우처"), ("voucher", "바우처"), ("small business owners", "소상공인"), ("small business owner", "소상공인"), ("micro enterprises", "소상공인"),
        ("installing", "설치"), ("installation", "설치"), ("installed", "설치"), ("install", "설치"), ("purchasing", "구매"), ("purchase", "구매"), ("buy", "구매"),
        ("unit price", "단가"), ("prices", "가격"), ("price", "가격"), ("maintenance", "유지보수"), ("training", "교육"), ("education", "교육"),
        ("marketing", "마케팅"), ("overseas", "해외"), ("abroad", "해외"), ("global", "글로벌"), ("exhibitions", "전시회"), ("exhibition", "전시회"), ("trade show", "박람회"), ("trade fair", "박람회"),
        ("translation", "번역"), ("certification", "인증"), ("certified", "인증"), ("certificate", "확인서 인증서"),
        ("quantum", "양자"), ("flagship", "플래그십"), ("artificial intelligence", "AI"), ("broadcasting", "방송"), ("disaster", "재난"),
        ("smart", "스마트"), ("logistics", "물류"), ("automation", "자동화"), ("automated", "자동"), ("robots", "로봇"), ("robot", "로봇"), ("digital", "디지털"), ("data", "데이터"),
        ("platform", "플랫폼"), ("software", "소프트웨어"), ("contents", "콘텐츠"), ("content", "콘텐츠"), ("packaging", "포장"), ("eco friendly", "친환경"), ("environmentally friendly", "친환경"),
        ("carbon", "탄소"), ("emissions", "배출"), ("greenhouse gas", "온실가스"), ("energy", "에너지"), ("renewable energy", "재생에너지"), ("hydrogen", "수소"),
        ("secondary batteries", "이차전지"), ("secondary battery", "이차전지"), ("batteries", "이차전지"), ("battery", "이차전지"), ("electric vehicles", "전기차"), ("electric vehicle", "전기차"),
        ("farms", "농가"), ("farm", "농가"), ("farmers", "농업인"), ("farmer", "농업인"), ("agriculture", "농업"), ("livestock", "축산"), ("ports", "항만"), ("port", "항만"),
        ("loans", "융자"), ("loan", "융자"), ("interest rate", "금리"), ("guarantees", "보증"), ("guarantee", "보증"), ("tax", "세금"), ("value added tax", "부가가치세"), ("value-added tax", "부가가치세"), ("vat", "부가가치세"),
        ("required documents", "제출서류"), ("website", "누리집"), ("homepage", "홈페이지"), ("email", "이메일"), ("by post", "우편"), ("by mail", "우편"),
        ("results", "결과"), ("result", "결과"), ("notified", "통보"), ("notification", "통보"), ("agreement", "협약"), ("contract", "협약"), ("signed", "체결"),
        ("settlement", "정산"), ("cancelled", "취소"), ("canceled", "취소"), ("cancel", "취소"), ("refund", "환수"), ("recovered", "환수"), ("sanctions", "제재"), ("sanction", "제재"),
        ("restricted", "제한"), ("restriction", "제한"), ("duplicate", "중복"), ("overlapping", "중복"), ("kinds", "종류"), ("kind", "종류"), ("types", "유형"),
        ("economic", "경제"), ("economy", "경제"), ("policy", "정책"), ("policies", "정책"),
        ("supplementary budget", "추경"), ("main budget", "본예산"), ("personnel costs", "인건비"), ("spending", "지출"), ("expenditure", "지출"), ("expenditures", "지출"), ("fund", "기금"),
        // equipment and support calls (vouchers, subsidies by company size)
        ("finish", "마쳐야"), ("finished", "마쳐야"), ("complete", "완료"), ("completed", "완료"),
        ("not supported", "지원하지 않는"), ("is covered for", "지원받는"), ("are covered for", "지원받는"),
        ("small businesses", "소기업"), ("small business", "소기업"), ("medium sized", "중기업"),
        ("used equipment", "중고 설비"), ("second hand", "중고"), ("leased", "리스"), ("lease", "리스"), ("rental", "렌탈"), ("rented", "렌탈"),
        ("retail", "소매업"), ("wholesale", "도매업"), ("warehousing", "창고업"),
        ("sole proprietor", "개인사업자"), ("sole proprietorship", "개인사업자"), ("advance payment", "선금"), ("down payment", "선금"),
    ];

    private static readonly (Regex Pattern, string Korean)[] Compiled = [.. Phrases
        .OrderByDescending(p => p.English.Length)
        // A phrase's plural is the phrase (population-decline areas, tenants' rules).
        .Select(p => (new Regex(@"(?<![\w-])" + Regex.Escape(p.English) + @"(?:e?s)?(?![\w-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), p.Korean))];

    [GeneratedRegex(@"[A-Za-z]")]
    private static partial Regex Latin();

    [GeneratedRegex(@"[가-힣]")]
    private static partial Regex Hangul();

    /// <summary>A question is English when its letters are mostly Latin (Korean names in parentheses allowed).</summary>
    public static bool IsEnglish(string text)
    {
        var latin = Latin().Matches(text).Count;
        var hangul = Hangul().Matches(text).Count;
        return latin >= 12 && latin > hangul * 2;
    }

    // Built once: called per English question, these patterns (and the 40-odd region aliases) would otherwise overflow
    // Regex's small static cache and be parsed again for every question.
    private static readonly Regex Hyphen = new(@"(?<=[A-Za-z])(?<!market)-(?=[A-Za-z])(?!term|year|on-year|ranked|grade|capital|decline|governing)");
    // "an S-grade center", "grade A": a letter grade as Korean writes it (S등급).
    private static readonly Regex GradeLetter = new(@"\b(?:([SABCDE])[\s-]grade|grade\s+([SABCDE]))\b");
    private static readonly Regex PhaseNumber = new(@"(?i)\b(?:phase|stage)[\s-]*(\d)\b");
    private static readonly Regex OrdinalPhase = new(@"(?i)\b(first|second|third)[\s-]+(?:phase|stage)\b");
    private static readonly Regex PhaseList = new(@"(?i)\bphases?\s+(\d)\s*(?:,\s*(\d)\s*)?(?:and|&)\s*(\d)\b");
    private static readonly Regex FromTo = new(@"(?i)\bfrom\s+(?:the\s+)?((?:19|20)\d{2})\s+(?:[a-z]+\s+){0,2}?to\s+(?:the\s+)?((?:19|20)\d{2})\b");
    // "How much did the total budget grow": by how much it changed (얼마나 늘었나), not an amount that grew.
    private static readonly Regex HowMuchChanged = new(@"(?i)\bhow\s+much\s+(?:did|does|has|have|will|would)\s+((?:[\w'&.-]+\s+){0,8}?)(grow|grown|increase|increased|rise|risen|fall|fallen|decline|declined|drop|dropped|change|changed|shrink|shrunk|go\s+up|go\s+down)\b");
    // "grow …, in 억원 and as a percentage": the change asked also as a rate, not a share of something.
    private static readonly Regex ChangeAsPercentage = new(@"(?i)(?<=\b(?:grow|grew|grown|growth|increase[sd]?|rise|rose|risen|fall|fell|fallen|decline[sd]?|drop(?:ped)?|change[sd]?|shrink|shr[au]nk)\b.*)\b(?:as|in)\s+(?:a\s+)?percent(?:age)?(?:\s+terms)?\b");
    // "rises from 21 to 50": a change between two amounts, as Korean writes it (21에서 50로).
    private static readonly Regex NumberFromTo = new(@"(?i)\bfrom\s+(\d[\d,.]*\s*%?)\s+to\s+(\d[\d,.]*\s*%?)(?![\d.])");
    private static readonly Regex YearRange = new(@"\b((?:19|20)\d{2})\s*[-–~]\s*((?:19|20)\d{2})\b");
    private static readonly Regex MonthYear = new(@"(?i)\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+((?:19|20)\d{2})\b");
    // "November 30", "30 November": a day as Korean writes it (11월 30일).
    private static readonly Regex MonthDay = new(@"(?i)\b(?:(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)?\s+(January|February|March|April|May|June|July|August|September|October|November|December))\b(?![\d,])");
    private static readonly Regex ByDay = new(@"(?i)\b(?:by|until|no later than)\s+(\d{1,2}월 \d{1,2}일)");
    private static readonly Regex MonthName = new(@"(?i)\b(January|February|March|April|May|June|July|August|September|October|November|December)\b");
    // "five years", "three hubs": a number written as a word is a number; "one" only before a unit it counts.
    private static readonly Regex NumberWord = new(@"(?i)\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|hundred)\b(?![\s-]+(?:fifths?|fourths?|thirds?|quarters?)\b)");
    private static readonly Regex OneUnit = new(@"(?i)\bone(?=[\s-]+(?:years?|months?|times?|percent)\b)");
    // "for 5 years", "3 months": a span of time as Korean writes it (5년간, 3개월).
    private static readonly Regex YearsSpan = new(@"(?i)\b(\d+)[\s-]+years?\b");
    private static readonly Regex MonthsSpan = new(@"(?i)\b(\d+)[\s-]+months?\b");
    private static readonly Regex PercentWord = new(@"(?i)(\d)\s*percent\b");
    // English writes a bound before its number (above 90, up to 50%); Korean after it (90 초과, 50% 이하).
    private static readonly Regex BoundBefore = new(@"(?i)\b(more than|at least|over|above|exceeding|up to|at most|no more than|less than|under|below|within)\s+(?!(?:19|20)\d\d년)(\d[\d,.]*(?:\s*%|\s+(?:trillion|billion|million|thousand|hundred million)\s+(?:won|dollars|us dollars|usd|krw)\b|[A-Za-z가-힣²㎡㎞]+)?)");
    // "no root-industry certificate": Korean denies after what it names (뿌리기업 확인서 없음), where the reader looks for it.
    // "the Global type": a programme's track named by a capitalised word, as Korean names it (글로벌형).
    private static readonly Regex NamedType = new(@"\b([A-Z][a-z]+)\s+type\b");
    private static readonly Regex TypeMark = new(@"\s*\uE000");
    private static readonly Regex NoThing = new(@"(?i)\b(?:but\s+)?(?:no|without)\s+((?:[^\s,.;?]+\s+){0,4}?[^\s,.;?]+)(?=\s*(?:[,.;?]|$))");
    // "aged 60 and over", "29 and under": an age band as Korean writes it (60세 이상, 29세 이하).
    private static readonly Regex AgeBand = new(@"(?i)\b(?:aged\s+)?(\d{1,2})\s+(?:years?\s+old\s+)?(?:and|or)\s+(over|older|above|under|younger|below)\b");
    // "ages 15-64", "aged 15 to 64": an age band as Korean writes it (15~64세).
    private static readonly Regex AgeRange = new(@"(?i)\bage[sd]?\s+(\d{1,2})\s*(?:[-–~]|to)\s*(\d{1,2})\b");
    private static readonly Regex AgedNumber = new(@"(?i)\baged\s+(\d{1,2})\b");
    // "What is the R&D budget …": a question of an amount, asked as "how much" would be (not "what is R&D").
    private static readonly Regex WhatAmount = new(@"(?i)\bwhat\s+(?:is|was|are|were|will\s+be)\s+(?=(?:the\s+)?(?:(?!(?:of|for|in|on|share|rate|ratio|number|reason|purpose|schedule|deadline|rule)\b)[\w&'.-]+\s+){0,4}(?:budget|funding|amount|cost|spending|allocation|investment|sales|revenue|subsidy|grant|fee|fine|price|total)s?\b)");
    // "(정책자금 기준금리)": a parenthesis of Korean in an English question.
    private static readonly Regex Gloss = new(@"\s*\(([^()]*[가-힣][^()]*)\)");
    private static readonly Regex QuotedBefore = new(@"['‘""“][^'‘’""“”]{2,60}['’""”]\s*$");
    private static readonly Regex GlossWord = new(@"[A-Za-z][\w&'’-]*");
    private static readonly Regex QuestionWord = new(@"(?i)^(?:what|which|how|when|who|where|why|whose)$");
    // "Q1 2025", "the first quarter": a quarter as Korean writes it (1분기).
    private static readonly Regex Quarter = new(@"(?i)\bQ([1-4])\b|\b(first|second|third|fourth)\s+quarter\b");
    private static readonly Regex BareYear = new(@"(?<![\d,.])((?:19|20)\d{2})(?!\d|[,.]\d)(?!년)");
    private static readonly Regex FunctionWords = new(@"(?i)\b(?:the|a|an|of|in|for|to|and|or|its|their|this|that|these|those|is|are|was|were|be|been|does|do|did|will|would|should|can|could|it|on|at|by|from|with|as|under|into|about|according|release|released|s|'s|much|many|also|toward|towards|get|gets|got|given|gives|give|receive|received|receives|have|has|had|amount|amounts)\b");

    private static readonly (Regex Pattern, string Short)[] RegionAliases =
        [.. Regions.All.SelectMany(r => r.Aliases.Where(a => a.All(c => c < 128)).Select(a => (new Regex(@"(?i)\b" + Regex.Escape(a) + @"\b"), r.Short)))];

    private static readonly (Regex Pattern, string Korean)[] RegionPhrases = [.. Phrases
        .Where(p => RegionAliases.Any(r => r.Pattern.IsMatch(p.English)))
        .OrderByDescending(p => p.English.Length)
        .Select(p => (new Regex(@"(?<![\w-])" + Regex.Escape(p.English) + @"(?:e?s)?(?![\w-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), p.Korean))];

    /// <summary>The question with every known phrase in Korean; years, phases and regions in Korean forms.</summary>
    public static string ToKorean(string english)
    {
        // Hyphenated words read as their parts (manufacturing-site, phase-2), except the phrases listed with hyphens.
        var s = KoreanGloss(english);
        s = Quarter.Replace(s, m => $"{(m.Groups[1].Success ? m.Groups[1].Value : Ordinal(m.Groups[2].Value))}분기");
        s = WhatAmount.Replace(s, "how much ");
        s = ChangeAsPercentage.Replace(s, "증감률");
        // Korean puts 얼마나 beside its verb (얼마나 늘었나); apart, it would ask an amount.
        s = HowMuchChanged.Replace(s, m => m.Groups[1].Value + " 얼마나 " + m.Groups[2].Value.ToLowerInvariant() switch
        {
            "change" or "changed" => "증감",
            "fall" or "fallen" or "decline" or "declined" or "drop" or "dropped" or "shrink" or "shrunk" or "go down" => "감소",
            _ => "증가",
        });
        s = NoThing.Replace(s, "$1 없음");
        s = NamedType.Replace(s, "$1 \uE000");
        s = GradeLetter.Replace(s, m => (m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value) + "등급");
        s = Hyphen.Replace(s, " ");
        s = PhaseNumber.Replace(s, "$1단계");
        s = NumberWord.Replace(s, m => Cardinal(m.Groups[1].Value));
        s = OneUnit.Replace(s, "1");
        s = PercentWord.Replace(s, "$1%");
        s = OrdinalPhase.Replace(s, m => m.Groups[1].Value.ToLowerInvariant() switch { "first" => "1단계", "second" => "2단계", _ => "3단계" });
        s = PhaseList.Replace(s, m => string.Join(" ", new[] { m.Groups[1], m.Groups[2], m.Groups[3] }.Where(g => g.Success).Select(g => g.Value + "단계")));
        s = FromTo.Replace(s, "$1년 대비 $2년");
        s = NumberFromTo.Replace(s, "$1에서 $2로");
        s = YearRange.Replace(s, "$1년~$2년");
        s = MonthYear.Replace(s, m => $"{m.Groups[2].Value}년 {Month(m.Groups[1].Value)}월");
        s = MonthDay.Replace(s, m => m.Groups[1].Success ? $"{Month(m.Groups[1].Value)}월 {m.Groups[2].Value}일" : $"{Month(m.Groups[4].Value)}월 {m.Groups[3].Value}일");
        s = ByDay.Replace(s, "$1까지");
        s = MonthName.Replace(s, m => $"{Month(m.Groups[1].Value)}월");
        s = BareYear.Replace(s, "$1년");
        s = YearsSpan.Replace(s, "$1년간");
        s = MonthsSpan.Replace(s, "$1개월");
        s = AgeBand.Replace(s, m => $"{m.Groups[1].Value}세 {(m.Groups[2].Value.ToLowerInvariant() is "over" or "older" or "above" ? "이상" : "이하")} ");
        s = AgeRange.Replace(s, "$1~$2세");
        s = AgedNumber.Replace(s, "$1세");
        s = BoundBefore.Replace(s, m => $"{m.Groups[2].Value.TrimEnd()} {Bound(m.Groups[1].Value)} ");
        // "the Seoul metropolitan area" is 수도권, not 서울 and an area: phrases that hold a region's name go first.
        foreach (var (pattern, korean) in RegionPhrases)
        {
            s = pattern.Replace(s, " " + korean + " ");
        }
        foreach (var (pattern, name) in RegionAliases)
        {
            s = pattern.Replace(s, name);
        }
        foreach (var (pattern, korean) in Compiled)
        {
            s = pattern.Replace(s, " " + korean + " ");
        }
        s = FunctionWords.Replace(s, " ");
        s = TypeMark.Replace(s, "형");
        return TextNormalizer.CollapseSpaces(s);
    }

    /// <summary>
    /// "the policy fund base rate (정책자금 기준금리)", "'other special accounts' (기타 특별회계 등)": the asker names the
    /// document's own term beside their English for it; the Korean is read, and the English words it glosses are dropped,
    /// so a loose translation of them (base → 거점) does not ask about something else.
    /// </summary>
    private static string KoreanGloss(string english)
    {
        var s = english;
        foreach (var gloss in Gloss.Matches(english).Reverse())
        {
            var before = s[..gloss.Index];
            var start = QuotedBefore.Match(before) is { Success: true } quoted ? quoted.Index : GlossedWordsStart(before);
            s = s[..start] + " " + gloss.Groups[1].Value.Trim() + " " + s[(gloss.Index + gloss.Length)..];
        }
        return s;
    }

    /// <summary>Where the English a gloss names begins: the words just before it, back to a function word, a number, a month or a place (at most five).</summary>
    private static int GlossedWordsStart(string before)
    {
        var start = before.Length;
        var taken = 0;
        foreach (var word in GlossWord.Matches(before).Reverse())
        {
            if (taken == 5 || word.Index + word.Length < start - 1 || FunctionWords.IsMatch(word.Value) && word.Value.Length == FunctionWords.Match(word.Value).Length
                || word.Value.Any(char.IsDigit) || MonthName.IsMatch(word.Value) || QuestionWord.IsMatch(word.Value)
                // "the Gyeongbuk … center (지역기업성장센터)": the place is the asker's, not part of the glossed term.
                || RegionAliases.Any(r => r.Pattern.IsMatch(word.Value)))
            {
                break;
            }
            start = word.Index;
            taken++;
        }
        return start;
    }

    private static string Ordinal(string word) => word.ToLowerInvariant() switch { "first" => "1", "second" => "2", "third" => "3", _ => "4" };

    private static string Cardinal(string word) => word.ToLowerInvariant() switch
    {
        "two" => "2", "three" => "3", "four" => "4", "five" => "5", "six" => "6", "seven" => "7", "eight" => "8", "nine" => "9", "ten" => "10",
        "eleven" => "11", "twelve" => "12", "fifteen" => "15", "twenty" => "20", "thirty" => "30", "fifty" => "50", _ => "100",
    };

    private static string Bound(string word) => word.ToLowerInvariant() switch
    {
        "over" or "above" or "exceeding" => "초과",
        "more than" or "at least" => "이상",
        "up to" or "at most" or "no more than" => "이하",
        "within" => "이내",
        _ => "미만",
    };

    private static int Month(string name) => name.ToLowerInvariant()[..3] switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, _ => 12,
    };
}
