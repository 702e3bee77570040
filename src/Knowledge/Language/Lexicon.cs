using System.Collections.Frozen;

namespace Knowledge.Language;

/// <summary>
/// General Korean programme language: words that mean the same thing in these documents (뽑다 = 선정, 직원 = 종업원,
/// 중기 = 중소기업), and words that only shape a question (얼마, 알려주다, 보도자료) and name nothing. Knowledge of the
/// language, not of any document.
/// </summary>
public static class Lexicon
{
    private static readonly string[][] SynonymGroups =
    [
        ["선정", "뽑", "선발", "채택", "당선", "합격"],
        ["신청", "접수", "응모", "지원서"],
        ["마감", "기한", "데드라인", "마감일"],
        ["증가", "늘", "늘어나", "늘리", "상승", "오르", "올라가", "확대", "증액", "상향", "늘어", "불어나", "올라서", "높아지"],
        ["감소", "줄", "줄어들", "줄이", "하락", "내리", "내려가", "떨어지", "축소", "감액", "하향", "줄어", "낮아지"],
        ["기업", "회사", "업체", "기업체", "사업체", "법인"],
        ["종업원", "직원", "근로자", "상시근로자", "임직원", "직원수", "인원"],
        ["중소기업", "중기", "중소"],
        ["중견기업", "중견"],
        ["대기업", "대기업체"],
        ["석유화학", "석화"],
        ["산업단지", "산단", "산업 단지"],
        ["이차전지", "2차전지", "배터리"],
        ["연락처", "전화", "전화번호", "번호", "연락", "문의처", "문의"],
        ["담당자", "담당", "담당관"],
        ["일자리", "고용", "채용", "취업"],
        ["비중", "비율", "점유율", "차지", "구성비"],
        ["합계", "총계", "총합", "합산", "총액", "전체", "통틀", "모두"],
        ["평균", "평균값"],
        ["예산", "사업비", "재원", "예산액"],
        ["한도", "상한", "최대한도", "최고한도"],
        // 밀리다 is how arrears are said (세금이 밀려 있어요); 미납 (fees unpaid) and 연체 (a loan overdue) are other things.
        ["체납", "밀리"],
        ["기간", "동안", "사업기간"],
        ["일정", "스케줄", "계획일"],
        ["발표", "공표", "공개", "게시", "통보"],
        ["시행", "적용", "발효"],
        ["매출", "매출액", "판매액"],
        ["업력", "창업", "설립", "업력연수"],
        ["수상", "수여"],
        ["사례", "케이스", "우수사례"],
        ["이유", "원인", "배경", "까닭", "때문"],
        ["목표", "타깃", "목표치"],
        ["지역", "시도", "시·도", "지자체", "광역자치단체"],
        ["광역시", "광역", "특별자치시"],
        ["면적", "넓이", "크기"],
        ["위치", "소재", "소재지"],
        ["거리", "직선거리", "반경"],
        ["점수", "평점", "득점"],
        ["이의신청", "이의제기", "재심", "재심의"],
        ["엠바고", "보도시점", "보도시각", "보도"],
        ["수출액", "수출"],
        ["수입액", "수입"],
        ["무역수지", "무역흑자", "무역적자"],
        ["경쟁률", "경쟁율"],
        ["증감률", "증가율", "감소율", "성장률", "상승률", "하락률", "변동률", "증감율", "증가률"],
        // Not "미" alone: the analyser splits 미보고, 미달, 미제출 into 미 + …, and those are not the United States.
        ["미국", "대미"],
        ["일본", "대일"],
        ["중국", "대중", "대중국"],
        ["과제", "프로젝트"],
        ["지원금", "보조금", "정부지원금", "지원액"],
        // Abbreviations Korean administration uses for designated areas and ministries.
        ["경제자유구역", "경자구역"],
        ["연구개발특구", "rnd특구", "연구특구"],
        ["국가산업단지", "국가산단"],
        ["일반산업단지", "일반산단"],
        ["도시첨단산업단지", "도시첨단산단"],
        ["농공단지", "농공산단"],
        ["산업통상자원부", "산업부", "산자부"],
        ["중소벤처기업부", "중기부"],
        ["과학기술정보통신부", "과기정통부", "과기부"],
        ["행정안전부", "행안부"],
        ["중앙행정기관", "중앙부처", "정부부처"],
        ["해양수산부", "해수부"],
        ["고용노동부", "노동부", "고용부"],
        ["국토교통부", "국토부"],
        ["농림축산식품부", "농식품부"],
    ];

    private static readonly FrozenDictionary<string, string> Canonicals = BuildCanonicals();

    /// <summary>Words that shape a question or a sentence without naming anything a document states.</summary>
    public static readonly FrozenSet<string> QuestionWords = new[]
    {
        "얼마", "몇", "무엇", "뭐", "뭔가", "무슨", "어디", "언제", "누구", "어떻", "어떤", "어느", "왜", "어찌", "어떡", "얼만큼", "얼마나",
        "알려주", "알리", "알", "궁금", "가르쳐주", "말해주", "설명", "문의드리", "여쭙", "질문", "답변", "확인", "검색",
        "보도자료", "보도", "자료", "기준", "내용", "관련", "경우", "정도", "대략", "약", "꼴", "쯤", "각각", "혹시", "좀", "그럼", "그러면",
        "그거", "거기", "이거", "저거", "그것", "이것", "여기", "저기", "그곳", "이곳", "저희", "우리", "제", "저", "나", "너", "당신",
        "것", "거", "수", "때", "곳", "데", "등", "중", "간", "위", "및", "또는", "혹은", "정말", "진짜", "사실", "맞", "틀리", "그렇",
        "하", "되", "있", "없", "이", "아니", "같", "주", "보", "받아보", "가능", "할수", "문서", "기사", "말", "얘기", "이야기", "소식",
        "나오", "적히", "써있", "쓰", "알아보", "가지", "해당", "뭐예요", "뭔데", "건가", "건지", "지", "해", "년도", "올해", "작년", "전년", "내년", "금년",
        "다음", "이번", "지난", "당해", "그해", "해당년도", "기사화", "보도하", "써도", "들었", "듣", "동월", "동기", "당월", "같은 달", "달", "월", "이후", "이전", "얼마쯤", "얼마정도", "가량", "쯤", "즈음", "기존", "현재", "지금", "새로", "모든", "전부", "각", "여러", "일부", "대부분", "얘기", "주장", "소문", "말씀", "문의", "질문요",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static FrozenDictionary<string, string> BuildCanonicals()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in SynonymGroups)
        {
            foreach (var word in group)
            {
                map.TryAdd(word, group[0]);
            }
        }
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The word every synonym of <paramref name="term"/> maps to (itself when it has none).</summary>
    public static string Canonical(string term) => Canonicals.TryGetValue(term, out var c) ? c
        : PassiveStem(term) is { } stem && Canonicals.TryGetValue(stem, out var active) ? active : term;

    /// <summary>뽑히 → 뽑, 늘리 → 늘: a passive or causative stem means what its plain verb means.</summary>
    private static string? PassiveStem(string term) =>
        term.Length == 2 && term[^1] is '히' or '리' or '기' or '이' ? term[..^1] : null;

    public static bool IsQuestionWord(string term) => QuestionWords.Contains(term);

    public static bool MeansIncrease(string word) => Canonical(word) == "증가";

    public static bool MeansDecrease(string word) => Canonical(word) == "감소";
}
