using Answering.Composing;
using Answering.Contract;
using Answering.Documents;
using Knowledge.Language;
using Knowledge.Tables;

namespace Answering.Rules.Membership;

/// <summary>
/// "울산에서 수소연료전지 부품 만드는 회사인데 지원 받을 수 있어?" with no rule to apply: the row of the asker's 시·도 in a
/// table of what each region supports (분야, 과제) is shown, and the asker's business is compared with it — named there
/// (it depends on the call's other conditions) or not (not a field the document lists for that region).
/// </summary>
public static class RegionFieldCheck
{
    private static readonly HashSet<string> NotBusiness =
    [
        "회사", "기업", "업체", "중소기업", "지원", "신청", "가능", "대상", "사업", "분야", "산업", "제품", "부품", "소재", "장비", "기술", "개발",
        "생산", "제조", "우리", "저희", "곳", "경우", "자격", "혜택",
    ];

    public static AnswerDraft? Answer(AnswerDraft draft, DocumentMatch match)
    {
        var question = match.Question;
        if (question.Regions.Count != 1)
        {
            return null;
        }
        var region = question.Regions[0];
        var regionNames = new HashSet<string>(StringComparer.Ordinal) { region.Short, region.Full };
        var business = question.Terms.Where(t => !regionNames.Contains(t) && !NotBusiness.Contains(t) && !Lexicon.IsQuestionWord(t) && !match.IsNaming(t) && t.Length >= 2).ToList();
        if (business.Count == 0)
        {
            return null;
        }
        foreach (var table in match.Document.Tables.Where(t => !t.Table.IsBlock && !t.IsContactTable && t.Columns.Any(c => c.Kind is ColumnKind.Text or ColumnKind.Category)))
        {
            var row = table.Rows.FirstOrDefault(r => !r.IsTotal && r.Cells.Any(c => table.Columns[c.Column].Kind is not ColumnKind.Number && regionNames.Contains(c.Text.Trim())));
            if (row is null)
            {
                continue;
            }
            var fields = row.Cells.Where(c => table.Columns[c.Column].Kind is ColumnKind.Text or ColumnKind.Category && c.Text.Trim().Length > 0 && !regionNames.Contains(c.Text.Trim())).ToList();
            if (fields.Count == 0)
            {
                continue;
            }
            var rowTerms = fields.SelectMany(c => c.Terms).Select(Lexicon.Canonical).ToHashSet(StringComparer.Ordinal);
            var named = business.Where(rowTerms.Contains).ToList();
            var english = draft.English;
            var marker = draft.Cite(match.Document, table, row, null);
            var listed = string.Join(", ", fields.Select(c => $"{string.Join(" ", table.Columns[c.Column].Path)}: {c.Text.Trim()}"));
            var asked = string.Join(" ", business.Where(t => !business.Any(u => u.Length > t.Length && u.Contains(t, StringComparison.Ordinal))));
            if (named.Count * 2 >= business.Count)
            {
                draft.Eligible = Eligibility.Depends;
                draft.Say(english
                    ? $"For {region.Short}, “{table.Title}” lists {listed} {marker}. Your business ({asked}) is among them, so it can fit; whether you qualify depends on the call's other conditions."
                    : $"「{table.Title}」에서 {region.Short}의 내용은 {listed}입니다 {marker}. 말씀하신 사업({asked})이 여기에 해당하므로 지원 분야에는 맞지만, 실제 선정 여부는 공고의 다른 조건에 따라 달라집니다.");
            }
            else
            {
                draft.Eligible = Eligibility.No;
                draft.Say(english
                    ? $"For {region.Short}, “{table.Title}” lists {listed} {marker}. Your business ({asked}) is not among them, so the document does not list it as a field supported in {region.Short}."
                    : $"「{table.Title}」에서 {region.Short}의 내용은 {listed}입니다 {marker}. 말씀하신 사업({asked})은 여기에 들어 있지 않아, 문서상 {region.Short}에서 지원하는 분야로 보기는 어렵습니다.");
            }
            return draft;
        }
        return null;
    }
}
