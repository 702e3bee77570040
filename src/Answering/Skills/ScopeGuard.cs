using Answering.Composing;
using Answering.Contract;
using Answering.Knowledge;
using Answering.Understanding;

namespace Answering.Skills;

/// <summary>
/// A question about something the documents never mention — a region (서울) or a subject (화성 탐사선):
/// say so, offer what they do cover, and state nothing as known.
/// </summary>
public sealed partial class ScopeGuard(ValueResolver resolver) : ISkill
{
    // Question and predicate words ("얼마인가요", "알려줘", "늘었어") are how people ask, not what they ask about.
    private static readonly string[] AskingStarts = ["얼마", "뭐", "무엇", "무슨", "어떤", "어떻", "어디", "어느", "언제", "누구", "누가", "몇", "알려", "궁금", "설명", "왜", "정리", "요약", "비교", "혹시", "그럼", "우리", "저희", "회사", "정부", "작년", "올해", "내년", "이번", "지금", "현재", "그러면", "그거", "그건", "그중", "거기", "이건", "저기", "좀", "있", "없", "되", "된", "하는", "했", "할", "해"];
    private static readonly HashSet<string> EnglishAskingWords =
    [
        "what", "whats", "which", "how", "much", "many", "are", "was", "were", "will", "the", "for", "and", "does", "did", "can", "could", "would",
        "tell", "about", "please", "total", "combined", "overall", "budget", "budgets", "funding", "funds", "fund", "cost", "costs", "amount", "spent",
        "spending", "allocated", "planned", "plan", "there", "this", "that", "its", "their", "program", "programme", "project", "projects", "cluster",
        "clusters", "you", "our", "know", "want", "give", "show", "size", "year", "years", "won", "krw", "billion", "trillion", "million", "per", "each",
        "all", "both", "then", "than", "more", "less", "with", "from", "into", "invested", "investment", "money", "spend", "get", "got", "gets", "receive",
        "received", "set", "aside", "during", "period", "stage", "stages", "whole", "entire", "sum", "figure", "number", "national", "local", "government", "big", "large", "phase", "phases", "korean", "korea", "ministry", "there", "here", "now", "current",
        "like", "need", "know", "going", "has", "have", "had", "been", "being", "get", "much", "really", "exactly", "approximately", "about", "around",
    ];

    private static readonly string[] AskingEnds = ["는", "을", "던", "할", "될", "요", "까", "나", "니", "줘", "죠", "지", "야", "어", "아", "냐", "데", "고", "면", "서", "다", "해", "돼", "게", "임", "음"];

    public Answer? TryAnswer(QuestionFrame frame) => AbsentRegion(frame) ?? AbsentSubject(frame);

    /// <summary>
    /// "화성 탐사선 발사 예산은?": a budget asked for something the documents never name is not the program's
    /// budget. The words before the budget word say whose budget it is; if the documents use none of them, it is out of scope.
    /// </summary>
    private Answer? AbsentSubject(QuestionFrame frame)
    {
        if (frame.IsClaim || frame.IsFollowUp || frame.Regions.Count > 0 || resolver.MainRow(frame) is not null || resolver.BudgetRow(frame) is null)
        {
            return null;
        }
        var words = frame.Text.ContentWords();
        var head = words.ToList().FindIndex(w => ValueResolver.IsBudgetWord(w));
        var unknown = words.Take(Math.Max(0, head)).Where(w => IsSubjectWord(w) && !resolver.Knowledge.Mentions(w))
            .Concat(frame.IsEnglish ? UnmappedEnglish(frame) : []).Distinct().ToList();
        if (unknown.Count == 0)
        {
            return null;
        }
        var draft = new AnswerDraft(frame, "out_of_scope") { Answerable = false };
        var hits = resolver.Knowledge.Index.Search(frame.Text.Normalized, 2, u => resolver.Knowledge.IsPassage(u));
        var marks = string.Concat(hits.Select(h => draft.Cite(Source.Of(h.Unit))));
        draft.FollowUp("2단계 예산은 얼마인가요?", "What is the phase 2 budget?");
        draft.FollowUp("지정 기준은 무엇인가요?", "What are the designation criteria?");
        var named = string.Join("', '", unknown);
        return draft.Finish(draft.English
            ? $"The documents say nothing about '{named}', so I can't answer that from them.{(marks.Length > 0 ? $" The closest passages are cited {marks}." : "")}"
            : $"문서에는 '{named}'에 대한 내용이 없어 답변드리기 어려워요.{(marks.Length > 0 ? $" 가장 가까운 내용을 참고로 인용해 드려요.{marks}" : "")}");
    }

    /// <summary>English words left after the documents' terms were mapped to Korean (phase 2 → 2단계): beyond the words of asking, they name something the documents do not cover.</summary>
    private static IEnumerable<string> UnmappedEnglish(QuestionFrame frame) =>
        EnglishWord().Matches(frame.Text.Normalized).Select(m => m.Value).Where(w => !EnglishAskingWords.Contains(w));

    [System.Text.RegularExpressions.GeneratedRegex(@"[a-z]{3,}")]
    private static partial System.Text.RegularExpressions.Regex EnglishWord();

    private static bool IsSubjectWord(string word) =>
        !AskingStarts.Any(s => word.StartsWith(s, StringComparison.Ordinal)) && !AskingEnds.Any(e => word.EndsWith(e, StringComparison.Ordinal));

    private Answer? AbsentRegion(QuestionFrame frame)
    {
        var knowledge = resolver.Knowledge;
        var absent = frame.Regions.FirstOrDefault(r => !knowledge.Regions.Present.Contains(r));
        if (absent is null || knowledge.Sectors.Entries.Count == 0)
        {
            return null;
        }
        var draft = new AnswerDraft(frame, "out_of_scope") { Answerable = false };
        var table = knowledge.Sectors.Entries[0].Table;
        var covered = knowledge.Sectors.Entries.Select(e => e.Region).ToList();
        var mark = draft.Cite(new Source(table.Doc, table.FromLine, table.ToLine, knowledge.Corpus.FindParsed(table.Doc)!.Line(table.FromLine)));
        draft.FollowUp($"{covered[0]} 클러스터는 어떤 분야인가요?", $"What is the {covered[0]} cluster's sector?");
        draft.FollowUp("지정 기준은 무엇인가요?", "What are the designation criteria?");
        return draft.Finish(draft.English
            ? $"The documents do not mention a cluster in {absent.English}, so I can't say what it would focus on. The clusters they cover are in {covered.Count} regions: {string.Join(", ", covered)} {mark}."
            : $"문서에는 {absent.Short}에 대한 내용이 없어 답변드리기 어려워요. 문서가 다루는 곳은 {string.Join(", ", covered)} 등 {covered.Count}개 시·도예요.{mark}");
    }
}
