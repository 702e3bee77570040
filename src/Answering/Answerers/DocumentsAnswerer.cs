using System.Text.RegularExpressions;
using Answering.Composing;
using Answering.Documents;
using Answering.Evidence;
using Answering.Understanding;

namespace Answering.Answerers;

/// <summary>
/// Answers which papers to hand in (어떤 서류를 내야 하나요?): the passage that names the papers an applicant submits
/// (사업계획서와 설비 견적서를 제출), found by the kinds of paper it names and its verb of handing in — not the passage that
/// merely says 서류 (마감이 지나면 서류를 낼 수 없나요?).
/// </summary>
public static partial class DocumentsAnswerer
{
    [GeneratedRegex(@"(?:어떤|무슨|어느|필요한|제출할|제출해야\s?하는|낼|내야\s?하는|준비할|구비)\s?(?:서류|자료|문서)|(?:서류|구비서류|제출서류|제출 서류)(?:는|은|가|를|로)?\s?(?:뭐|무엇|어떤|어떻게|뭘)|(?:뭘|무엇을|뭐를)\s?(?:제출|내야|준비)")]
    private static partial Regex AsksDocuments();

    /// <summary>Kinds of paper calls ask for: plans, quotes, forms, certificates, copies, statements.</summary>
    [GeneratedRegex(@"[가-힣]{0,8}(?:계획서|견적서|신청서|확인서|증명서|동의서|서약서|명세서|보고서|제안서|등록증|증명원|등본|사본|재무제표|증빙자료|증빙서류|추천서|이력서|내역서|협약서|인정서|확약서|의향서|승인서|통보서|인증서|위임장|허가증|확인원)")]
    private static partial Regex Paper();

    [GeneratedRegex(@"제출|첨부|구비|내면|내야|내고|접수하|업로드|등록하")]
    private static partial Regex HandIn();

    public static bool Applies(Question question) => AsksDocuments().IsMatch(question.Text);

    public static AnswerDraft? Answer(DocumentMatch match)
    {
        var listing = new List<(Knowledge.Documents.Passage Passage, int Papers, double Coverage)>();
        foreach (var found in PassageSearch.Rank(match))
        {
            var candidate = found.Passage;
            var papers = Paper().Matches(candidate.Text).Select(m => m.Value).Distinct().Count();
            // "○ (유형별) … 인정서, … 확약서": a bullet under a 제출서류 heading hands its papers in through the heading.
            if (papers > 0 && (HandIn().IsMatch(candidate.Text) || candidate.HeadingTerms.Concat(candidate.LabelTerms).Any(t => HandIn().IsMatch(t))))
            {
                listing.Add((candidate, papers, found.Coverage));
            }
        }
        if (listing.Count == 0)
        {
            return null;
        }
        // Among passages that list papers, the one the question names best ("유형별로 추가로 내야 하는"); else the longest list.
        var lists = listing.Where(l => l.Papers >= 2).ToList();
        var (passage, _, _) = lists.Count > 0 ? lists.MaxBy(l => l.Coverage) : listing.MaxBy(l => l.Papers);
        var draft = new AnswerDraft(match.Question, "lookup");
        draft.Focus.Document = match.Document.Name;
        var marker = draft.Cite(passage);
        var quote = Shown.Text(passage.Text.TrimStart('□', '○', '-', '*', ' '));
        draft.Say(draft.English ? $"The papers to submit are given here: “{quote}” {marker}" : $"제출 서류는 문서에 이렇게 나와 있습니다. “{quote}” {marker}");
        return draft;
    }
}
