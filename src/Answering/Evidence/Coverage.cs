using Answering.Documents;

namespace Answering.Evidence;

/// <summary>
/// How much of what a question names a piece of evidence carries: the weight of the covered terms over the weight of
/// every term that must be covered (operation words such as 합계 or 비중, and words that only name the document,
/// need not be). A term the document never uses counts against every piece of evidence.
/// </summary>
public static class Coverage
{
    private static readonly HashSet<string> OperationWords =
    [
        "합계", "평균", "비중", "증가", "감소", "차이", "배", "비율", "증가율", "증감률", "감소율", "성장률", "상승률", "하락률", "환산", "단위", "누적",
        "증감", "규모", "총", "전체", "모두", "각각", "기준", "최대", "최소", "가장", "제일", "순위", "위", "꼴", "당", "수", "명", "개", "건", "곳", "년",
        "억원", "백만원", "만원", "원", "달러", "억달러", "금액", "액", "얼마", "정도", "대략", "계산", "셈", "비교", "대비", "합", "예상", "몇",
    ];

    public static bool IsOperationWord(string term) => OperationWords.Contains(term);

    /// <summary>Terms that must be covered, with their weights.</summary>
    public static IReadOnlyList<(string Term, double Weight)> Salient(DocumentMatch match) =>
        [.. match.EvidenceTerms.Where(t => !IsOperationWord(t))
            .Select(t => (t, match.Weight(t) > 0 ? match.Weight(t) : (t.Length >= 2 ? 1.2 : 0)))
            .Where(p => p.Item2 > 0)];

    public static double Of(DocumentMatch match, IReadOnlySet<string> covered)
    {
        var salient = Salient(match);
        var total = salient.Sum(s => s.Weight);
        if (total <= 0)
        {
            return 1;
        }
        return salient.Where(s => covered.Contains(s.Term)).Sum(s => s.Weight) / total;
    }

    /// <summary>The salient terms evidence leaves uncovered.</summary>
    public static IEnumerable<string> Uncovered(DocumentMatch match, IReadOnlySet<string> covered) =>
        Salient(match).Where(s => !covered.Contains(s.Term)).Select(s => s.Term);
}
