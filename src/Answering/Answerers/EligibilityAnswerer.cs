using Answering.Composing;
using Answering.Contract;
using Answering.Documents;
using Answering.Rules;
using Answering.Rules.Data;
using Answering.Rules.Evaluation;
using Answering.Rules.Facts;
using Answering.Rules.Grades;
using Answering.Rules.History;
using Answering.Rules.Membership;
using Answering.Rules.Succession;
using Answering.Rules.Writing;

namespace Answering.Answerers;

/// <summary>
/// Answers yes/no questions about the asker's case or the data (신청할 수 있나요, 지원받을 수 있나요, 늘었나요): the asker's
/// stated facts checked against every rule of the document that applies — yes or no with the rule cited, depends when a
/// rule needs a fact the asker did not give (naming it), not_in_document when no rule covers the case.
/// </summary>
public static class EligibilityAnswerer
{
    public const string Kind = "eligibility";

    /// <summary>Whether a question is one this answerer takes (see <see cref="EligibilityQuestion"/>).</summary>
    public static bool Recognizes(Understanding.Question question) => EligibilityQuestion.Recognizes(question);

    /// <summary>
    /// Whether it goes before the other answerers: an eligibility question, or a yes/no question stating the asker's
    /// amounts or dates (…담당자인데 지방비를 25%로 잡아도 되나요? is about the case, not whom to call).
    /// </summary>
    public static bool Precedes(Understanding.Question question) =>
        Recognizes(question) && (question.IsEligibility || question.Quantities.Any(q => q.Unit != Corpus.Quantities.Units.None) || question.Dates.Any(d => d.HasDay));

    /// <summary>
    /// Of documents that fit a question about the asker's case equally well, the one whose rules fit the asker's facts
    /// best (거점 사이가 12km → the document that bounds the distance between 거점) comes first.
    /// </summary>
    public static IReadOnlyList<DocumentMatch> Prefer(IReadOnlyList<DocumentMatch> documents)
    {
        if (documents.Count < 2)
        {
            return documents;
        }
        return [.. documents.Select((d, i) => (Match: d, Order: i, Fit: RuleCheck.Fit(d, FactReader.Read(d))))
            .OrderByDescending(d => d.Fit).ThenBy(d => d.Order).Select(d => d.Match)];
    }

    public static AnswerDraft? Answer(DocumentMatch match)
    {
        if (!Recognizes(match.Question))
        {
            return null;
        }
        var facts = FactReader.Read(match);
        var draft = new AnswerDraft(match.Question, Kind);
        draft.Focus.Document = match.Document.Name;
        if (SuccessionCheck.Answer(draft, match) is { } succession)
        {
            return succession;
        }
        if (MembershipCheck.Answer(draft, match, facts) is { } member)
        {
            return member;
        }
        if (GradeCheck.Answer(draft, match, facts) is { } graded)
        {
            return graded;
        }
        if (StatedAnswer.Faq(draft, match, yes: false) is { } denied)
        {
            return denied;
        }
        if (IndustryCheck.Fails(draft, match, facts) is { } outside)
        {
            return outside;
        }
        // 부산 취업자가 작년보다 늘었나요? asks what the data shows, not whether the asker's case meets a rule.
        if (DataCheck.AsksAboutChange(facts) && DataCheck.Answer(draft, match, facts) is { Eligible: Eligibility.Yes or Eligibility.No or Eligibility.Depends } shown)
        {
            return shown;
        }
        if ((ExclusionCheck.Answer(draft, match, facts) ?? RequiredMemberCheck.Answer(draft, match, facts)) is { } excluded)
        {
            return excluded;
        }
        if (RepeatAwardCheck.Answer(draft, match, facts) is { } repeated)
        {
            return repeated;
        }
        if (RuleCheck.Decide(match, facts) is { } verdict)
        {
            return EligibilityWriter.Write(draft, match.Document, verdict);
        }
        if ((IndustryCheck.Meets(draft, match, facts) ?? StatedAnswer.Faq(draft, match, yes: true) ?? StatedAnswer.Denied(draft, match, facts)) is { } stated)
        {
            return stated;
        }
        if (DataCheck.Answer(draft, match, facts) is { } data)
        {
            return data;
        }
        if (RegionFieldCheck.Answer(draft, match) is { } field)
        {
            return field;
        }
        return NotInDocument(draft, match);
    }

    /// <summary>No rule of the document covers the case: say so, with the nearest passage.</summary>
    private static AnswerDraft NotInDocument(AnswerDraft draft, DocumentMatch match)
    {
        draft.Eligible = Eligibility.NotInDocument;
        draft.Say(Phrases.Verdict(Eligibility.NotInDocument, draft.English));
        if (PassageAnswerer.Answer(match, 0.3) is { Citations.Count: > 0 } near)
        {
            var c = near.Citations[0];
            var marker = draft.Cite(c.Doc, c.Lines.From, c.Quote);
            draft.Say(draft.English ? $"The closest passage is: “{Shown.Text(c.Quote)}” {marker}" : $"가장 가까운 내용은 “{Shown.Text(c.Quote)}”입니다 {marker}");
        }
        return draft;
    }
}
