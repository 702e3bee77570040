using System.Text.RegularExpressions;
using Answering.Composing;
using Answering.Documents;
using Answering.Evidence;
using Corpus.Model;
using Knowledge.Documents;

namespace Answering.Answerers;

/// <summary>
/// Who to contact: the contact rows and sentences of a document (front matter, contact tables, the closing line),
/// the one whose 구분 names what the question is about first, else the release's own contact person.
/// </summary>
public static partial class ContactAnswerer
{
    [GeneratedRegex(@"\d{2,4}-\d{3,4}-\d{4}")]
    private static partial Regex Phone();

    [GeneratedRegex(@"연락처|전화|번호|문의|담당자|담당 부서|담당부서|어느 부서|어느\s?(?:과|팀|곳|기관)에|물어보|물어봐|여쭤|연락|취재|누구|who|contact")]
    private static partial Regex ContactWord();

    public static bool Applies(DocumentMatch match) => ContactWord().IsMatch(match.Question.Text) && !match.Question.IsClaim;

    public static AnswerDraft? Answer(DocumentMatch match)
    {
        var document = match.Document;
        // A 문의처 list is often bulleted (○ 신청·접수 : … ☎ …), one office per line with what it handles.
        var contacts = document.Passages.Where(p => Phone().IsMatch(p.Text) && p.Kind is UnitKind.Contact or UnitKind.TableRow or UnitKind.Paragraph or UnitKind.Note or UnitKind.Bullet).ToList();
        if (contacts.Count == 0)
        {
            return null;
        }
        var question = match.Question;
        var terms = match.EvidenceTerms.Where(t => !IsContactWord(t)).ToList();
        var scored = contacts.Select(p => (Passage: p, Score: terms.Where(t => Carries(document, contacts, p, t)).Sum(t => match.IsNaming(t) ? match.Weight(t) * 0.25 : match.Weight(t)) + RoleBonus(question.Text, p.Text))).ToList();
        var best = scored.Max(s => s.Score);
        var draft = new AnswerDraft(question, "contact");
        draft.Focus.Document = document.Name;
        var english = draft.English;
        List<Passage> chosen;
        if (best >= 1.0)
        {
            chosen = [.. scored.Where(s => s.Score >= best * 0.8).OrderByDescending(s => s.Score).Take(2).Select(s => s.Passage)];
        }
        else
        {
            // No topic named: the release's own contact (the closing sentence, else the front matter's 담당자).
            chosen = [.. contacts.Where(p => p.Text.Contains("연락주시기", StringComparison.Ordinal) || p.Text.Contains("연락 주시기", StringComparison.Ordinal)).Take(1)];
            chosen.AddRange(contacts.Where(p => p.Unit.FromLine < (document.Document.Header.TitleLine ?? 0) && p.Text.Contains("담당자", StringComparison.Ordinal)).Take(1));
            if (chosen.Count == 0)
            {
                chosen = [contacts[0]];
            }
        }
        // A continuation row (⇥⇥담당자 …) is shown under the row it continues, which names the office.
        chosen = [.. chosen.SelectMany(p => Continued(document, contacts, p) is { } above && !chosen.Contains(above) ? new[] { above, p } : [p])];
        // A front-matter row of officers (담당과장 … | 담당자 …) under the row naming their office (담당부서 | ○○과): the office too.
        chosen = [.. chosen.SelectMany(p => !NamesOffice(p.Text) && OfficeAbove(document, p) is { } office && !chosen.Contains(office) ? new[] { office, p } : [p]).Distinct()];
        var parts = chosen.Select(p => $"{Shown.Row(Shown.Text(p.Text))} {draft.Cite(p)}");
        var name = document.Profile.DisplayName;
        draft.Say(english
            ? $"For 「{name}」, contact: {string.Join(" / ", parts)}."
            : $"「{name}」 관련 문의처는 다음과 같습니다. {string.Join(" / ", parts)}");
        return draft;
    }

    /// <summary>
    /// Whether a contact line carries a term, itself or — when it continues the line above with its first cells left
    /// blank (담당부서 … 책임자 … / ⇥⇥담당자 …) — through that line.
    /// </summary>
    private static bool Carries(DocumentKnowledge document, IReadOnlyList<Passage> contacts, Passage passage, string term) =>
        passage.Terms.Contains(term) || Continued(document, contacts, passage) is { } above && above.Terms.Contains(term);

    /// <summary>The contact row a row continues, when its line starts with blank cells; null otherwise.</summary>
    private static Passage? Continued(DocumentKnowledge document, IReadOnlyList<Passage> contacts, Passage passage) =>
        passage.Unit.Kind is UnitKind.Contact or UnitKind.TableRow && document.Document.Line(passage.Unit.FromLine).StartsWith('\t')
            ? contacts.FirstOrDefault(c => c.Unit.FromLine == passage.Unit.FromLine - 1)
            : null;

    /// <summary>"담당부서", "기업금융과", "혁신정책팀": a line that names an office.</summary>
    [GeneratedRegex(@"부서|[가-힣]{2,}(?:과|팀|국|센터|본부)(?![가-힣])")]
    private static partial Regex Office();

    private static bool NamesOffice(string text) => Office().IsMatch(text);

    /// <summary>The row right above a table row, when it names the office the row's officers belong to.</summary>
    private static Passage? OfficeAbove(DocumentKnowledge document, Passage passage) =>
        passage.Unit.Table is { } table
            ? document.Passages.FirstOrDefault(p => p.Unit.Table == table && p.Unit.FromLine == passage.Unit.FromLine - 1 && p.Unit.Column is null && NamesOffice(p.Text))
            : null;

    private static double RoleBonus(string question, string text)
    {
        var bonus = 0.0;
        // "담당자" asks for the officer, not the head of the office.
        if (question.Contains("담당자", StringComparison.Ordinal) && text.Contains("담당자", StringComparison.Ordinal))
        {
            bonus += 0.6;
        }
        foreach (var role in new[] { "사무관", "과장", "팀장", "주무관", "연구원", "차장", "실장" })
        {
            if (question.Contains(role, StringComparison.Ordinal) && text.Contains(role, StringComparison.Ordinal))
            {
                bonus += 0.6;
            }
        }
        return bonus;
    }

    private static bool IsContactWord(string term) => term is "연락처" or "담당자" or "부서" or "담당" or "문의" or "전화" or "번호" or "관련" or "취재" or "기관" or "사무관";
}
