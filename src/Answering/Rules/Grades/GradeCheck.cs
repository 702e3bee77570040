using System.Text.RegularExpressions;
using Answering.Composing;
using Answering.Contract;
using Answering.Documents;
using Answering.Rules.Facts;
using Answering.Rules.Writing;
using Knowledge.Language;
using Knowledge.Rules;
using Knowledge.Rules.Conditions;
using Knowledge.Rules.Grades;

namespace Answering.Rules.Grades;

/// <summary>
/// Answers a question about grades over several periods (작년 C등급, 올해도 C등급 … 공모에 참여할 수 있나요?) with the document's
/// rule on consecutive grades whose outcome the question asks about: the asker's last grades meet the run or not, and a
/// grade that rose (D → C) takes the asker out of a restriction that has that exception.
/// </summary>
public static partial class GradeCheck
{
    [GeneratedRegex(@"모두|둘\s?다|연속|두\s?번|계속|매번")]
    private static partial Regex Repeated();

    public static AnswerDraft? Answer(AnswerDraft draft, DocumentMatch match, AskerFacts facts)
    {
        // Grades the asker reports (작년 C등급, 올해 C등급), not only the one asked for (…A등급 받을 수 있나요?).
        if (facts.Grades.Count == 0 || match.Document.Rules.Grades.Count == 0 || !facts.ReportsGrades)
        {
            return null;
        }
        var asked = facts.AskTerms.Where(t => t.Length >= 2).ToHashSet(StringComparer.Ordinal);
        var rule = match.Document.Rules.Grades
            .Select(r => (Rule: r, Score: Outcome(r).Count(asked.Contains)))
            .Where(r => r.Score > 0).OrderByDescending(r => r.Score).ThenByDescending(r => r.Rule.RiseException is not null).Select(r => r.Rule).FirstOrDefault();
        if (rule is null)
        {
            return null;
        }
        var grades = facts.Grades.ToList();
        if (grades.Count == 1 && Repeated().IsMatch(facts.Text))
        {
            grades.AddRange(Enumerable.Repeat(grades[0], rule.Periods - 1));
        }
        var last = grades.TakeLast(rule.Periods).ToList();
        var run = last.Count == rule.Periods && last.All(rule.Counts);
        var rose = grades.Count >= 2 && GradeRule.Scale.IndexOf(grades[^1], StringComparison.Ordinal) < GradeRule.Scale.IndexOf(grades[^2], StringComparison.Ordinal);
        var excepted = run && rule.Outcome == Knowledge.Rules.Outcome.Negative && rule.RiseException is not null && rose;
        var eligible = rule.Outcome == Knowledge.Rules.Outcome.Negative ? run && !excepted ? Eligibility.No : Eligibility.Yes : run ? Eligibility.Yes : Eligibility.No;
        var english = draft.English;
        draft.Eligible = eligible;
        draft.Say(Phrases.Verdict(eligible, english));
        var marker = draft.Cite(rule.Passage);
        draft.Say(Phrases.Rule(Shown.Text(rule.Text).TrimEnd('.'), marker, english));
        var history = string.Join(" → ", grades.Select(g => g + (english ? "" : "등급")));
        draft.Say(english
            ? $"Your grades ({history}) {(run ? "are" : "are not")} {rule.Periods} consecutive periods at {rule.Grade}{(rule.Comparator is null ? "" : " or " + (rule.Comparator is Knowledge.Rules.Conditions.Comparator.AtMost or Knowledge.Rules.Conditions.Comparator.Below ? "below" : "above"))}."
            : $"말씀하신 등급({history})은 ‘{rule.Periods}년 연속 {rule.Grade}등급{(rule.Comparator is { } c ? " " + c.Word() : "")}’에 {(run ? "해당합니다" : "해당하지 않습니다")}.");
        if (run && rule.RiseException is { } exception && rule.Outcome == Knowledge.Rules.Outcome.Negative)
        {
            var exceptionMarker = draft.Cite(exception.Passage);
            draft.Say(Phrases.Rule(Shown.Text(exception.Text).TrimEnd('.'), exceptionMarker, english));
            draft.Say(english
                ? rose ? "Your grade rose from the year before, so this exception applies." : "Your grade did not rise from the year before, so this exception does not apply."
                : rose ? "전년보다 등급이 올랐으므로 이 예외(제외)에 해당합니다." : "전년보다 등급이 오르지 않았으므로 이 예외에는 해당하지 않습니다.");
        }
        return draft;
    }

    private static IEnumerable<string> Outcome(GradeRule rule) =>
        TermAnalyzer.Terms(rule.OutcomeText).Select(Lexicon.Canonical).Where(t => t.Length >= 2);
}
