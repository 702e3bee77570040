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
    [GeneratedRegex(@"[가-힣]{0,8}(?:계획서|견적서|신청서|확인서|증명서|동의서|서약서|명세서|보고서|제안서|등록증|증명원|등본|사본|재무제표|증빙자료|증빙서류|추천서|이력서|내역서|협약서)")]
    private static partial Regex Paper();

    [GeneratedRegex(@"제출|첨부|구비|내면|내야|내고|접수하|업로드|등록하")]
    private static partial Regex HandIn();

    public static bool Applies(Question question) => AsksDocuments().IsMatch(question.Text);

    public static AnswerDraft? Answer(DocumentMatch match)
    {
        var best = (Passage: (Knowledge.Documents.Passage?)null, Papers: 0, Coverage: 0.0);
        var ranked = PassageSearch.Rank(match);
        foreach (var found in ranked)
        {
            var text = found.Passage.Text;
            var papers = Paper().Matches(text).Select(m => m.Value).Distinct().Count();
            if (papers == 0 || !HandIn().IsMatch(text))
            {
                continue;
            }
            if (papers > best.Papers || papers == best.Papers && found.Coverage > best.Coverage)
            {
                best = (found.Passage, papers, found.Coverage);
            }
        }
        if (best.Passage is not { } passage)
        {
            return null;
        }
        var draft = new AnswerDraft(match.Question, "lookup");
        draft.Focus.Document = match.Document.Name;
        var marker = draft.Cite(passage);
        var quote = Shown.Text(passage.Text.TrimStart('□', '○', '-', '*', ' '));
        draft.Say(draft.English ? $"The papers to submit are given here: “{quote}” {marker}" : $"제출 서류는 문서에 이렇게 나와 있습니다. “{quote}” {marker}");
        return draft;
    }
}
