using System.Text.RegularExpressions;
using Answering.Composing;
using Answering.Contract;
using Answering.Documents;
using Answering.Understanding;
using Corpus.Quantities;
using Knowledge.Documents;
using Knowledge.Language;

namespace Answering.Answerers;

/// <summary>
/// Works out a cap the document states as a share of another amount ("마케팅 서비스는 정부지원금의 30% 이내", "환수금의 5배
/// 이내") for the amount the asker names ("정부지원금 5,000만원이면 마케팅엔 최대 얼마"): the named amount times the share.
/// The sentence must name the amount's word (정부지원금) and something else the question asks about (마케팅), so a cap
/// of another thing is never applied.
/// </summary>
public static partial class ShareOfGivenAnswerer
{
    // "정부지원금의 30% 이내", "정부지원금의 60%를 넘을 수 없습니다", "환수금의 5배 이내": the base, the share, and the word that makes it a cap.
    [GeneratedRegex(@"(?<base>[가-힣A-Za-z]{2,12})의\s*(?<share>\d+(?:\.\d+)?)\s*(?<unit>%|배)\s*(?:이내|이하|까지|범위|한도|상한|(?:를|을)\s*(?:넘|초과))")]
    private static partial Regex ShareCap();

    // The clause a cap belongs to starts after the previous clause ends (", ", "하며", "고 ").
    [GeneratedRegex(@"(?:,|\.\s|며\s|고\s)")]
    private static partial Regex ClauseEnd();

    [GeneratedRegex(@"얼마|최대|최고|한도|how much|maximum|at most", RegexOptions.IgnoreCase)]
    private static partial Regex AsksCap();

    public static AnswerDraft? Answer(DocumentMatch match)
    {
        var question = match.Question;
        if (question.IsClaim || question.Has(Asks.Percent) || !AsksCap().IsMatch(question.Text)
            || question.Quantities.Where(q => q.Unit.IsMoney && q.Value > 0).ToList() is not [var given])
        {
            return null;
        }
        var found = Caps(match.Document, question).ToList();
        var best = found.OrderByDescending(f => f.Overlap).FirstOrDefault();
        if (best.Passage is null || found.Count(f => f.Overlap == best.Overlap) > 1)
        {
            return null;
        }
        return Draft(match, given, best.Passage, best.Cap, best.Subject);
    }

    /// <summary>The caps whose base the question names, with how many other question words their clause carries.</summary>
    private static IEnumerable<(Passage Passage, Match Cap, string Subject, int Overlap)> Caps(DocumentKnowledge document, Question question)
    {
        foreach (var passage in document.Passages.Where(p => p.Unit.Table is null))
        {
            foreach (Match cap in ShareCap().Matches(passage.Text))
            {
                var baseWord = cap.Groups["base"].Value;
                if (!question.Compact.Contains(baseWord, StringComparison.Ordinal))
                {
                    continue;
                }
                var clauseStart = ClauseEnd().Matches(passage.Text[..cap.Index]) is { Count: > 0 } ends ? ends[^1].Index + ends[^1].Length : 0;
                var capEnd = cap.Index + cap.Length;
                var clauseEnd = ClauseEnd().Match(passage.Text, capEnd) is { Success: true } next ? next.Index : passage.Text.Length;
                var subject = passage.Text[clauseStart..cap.Index].Trim();
                // The capped thing stands before the cap ("마케팅 서비스는 …의 30% 이내") or after it ("…의 5배 이내에서 제재부가금을").
                var clauseTerms = TermAnalyzer.Terms(subject + " " + passage.Text[capEnd..clauseEnd]);
                var overlap = clauseTerms.Distinct().Count(t => !baseWord.Contains(t, StringComparison.Ordinal) && t.Length >= 2
                    && (question.Terms.Contains(t) || question.Compact.Contains(t, StringComparison.Ordinal)));
                if (overlap > 0)
                {
                    // Named after the cap, the capped thing is the question's longest word the clause carries (제재부가금).
                    var named = subject.Length > 0 ? subject
                        : clauseTerms.Where(t => !baseWord.Contains(t, StringComparison.Ordinal) && question.Compact.Contains(t, StringComparison.Ordinal)).MaxBy(t => t.Length) ?? "";
                    yield return (passage, cap, named, overlap);
                }
            }
        }
    }

    private static AnswerDraft Draft(DocumentMatch match, Quantity given, Passage passage, Match cap, string subject)
    {
        var draft = new AnswerDraft(match.Question, "computed");
        draft.Focus.Document = match.Document.Name;
        var english = draft.English;
        var share = double.Parse(cap.Groups["share"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var times = cap.Groups["unit"].Value == "배";
        var baseWord = cap.Groups["base"].Value;
        var result = Amounts.Rounded(times ? given.Value * share : given.Value * share / 100, given.Unit);
        var marker = draft.CiteIndex(passage, Quote.Sentence(passage.Text, cap.Index));
        var shareText = times ? $"{Amounts.Plain(share)}배" : $"{Amounts.Plain(share)}%";
        var factor = times ? Amounts.Plain(share) : shareText;
        var formula = $"{Amounts.Plain(given.Value)} × {factor}";
        var subjectLabel = SubjectLabel(subject);
        draft.AddFigure(subjectLabel.Length > 0 ? subjectLabel : baseWord, result, given.Unit, formula,
            [new(baseWord, given.Value, given.Unit.Symbol, 0), new($"{baseWord}의 {shareText}", share, (times ? Units.None : Units.Percent).Symbol, marker)]);
        var givenText = Amounts.Format(given.Value, given.Unit);
        var resultText = Amounts.Format(result, given.Unit);
        draft.Say(english
            ? $"The document caps it at {shareText} of {baseWord} [{marker}], so for {givenText} the most is {givenText} × {factor} = {resultText}."
            : $"{(subjectLabel.Length > 0 ? Josa.With(subjectLabel, "은/는") + " " : "")}{baseWord}의 {shareText}까지이므로 [{marker}], {baseWord} {givenText} 기준으로 최대 {givenText} × {factor} = {resultText}입니다.");
        return draft;
    }

    /// <summary>"마케팅 서비스는" → "마케팅 서비스": the clause's subject without its topic particle.</summary>
    private static string SubjectLabel(string subject)
    {
        // An FAQ answer line opens with its mark (A.), which is no part of the subject ("AI 바우처는" keeps its A).
        var trimmed = Evidence.FaqLines.Answer().Replace(subject, "").Trim();
        return trimmed.Length > 1 && trimmed[^1] is '은' or '는' or '이' or '가' ? trimmed[..^1].Trim() : trimmed;
    }
}
