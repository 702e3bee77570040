using System.Text.RegularExpressions;
using Answering.Understanding;

namespace Answering.Rules;

/// <summary>
/// Recognises a yes/no question about the asker's case or the data: the reader's eligibility questions, a yes/no ending
/// without a question word (…괜찮을까요?, …대상인가요?, …늘었나요?), and a question that asks whether the asker's own case meets
/// a standard (저희는 … 지정 기준에 맞나요?), which reads like a claim but is about their case, not the document's.
/// </summary>
public static partial class EligibilityQuestion
{
    [GeneratedRegex(@"얼마|몇|무엇|뭐|뭔|뭘|무얼|어디|언제|누구|어떻게|어떤|어땠|어때|왜|무슨|어느|알\s?수\s?있|\bhow\b|\bwhat\b|\bwhen\b|\bwhere\b|\bwhich\b|\bwho\b|\bwhy\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionWord();

    /// <summary>A claim reported from elsewhere (…다고 들었는데 맞죠?, …라는데 사실인가요?, Is it true that …): checked as a claim, not a case.</summary>
    [GeneratedRegex(@"다고(?!\s?(?:볼|할|봐))|라고(?!\s?(?:볼|할|봐))|다는데|라는데|다던데|라던데|들었|거죠|겠죠|맞죠|사실인가|사실이|써도|is it true|true that|correct that|right that|is it correct|is it right", RegexOptions.IgnoreCase)]
    private static partial Regex Reported();

    [GeneratedRegex(@"(?:나요|까요|습니까|ㅂ니까|가요|는지요|건가요|건가|거야|거예요|어요|아요|에요|예요|죠|나|니|야|어|돼|돼요|되나|될까|해|하나)\s*\??\s*$")]
    private static partial Regex YesNoEnding();

    /// <summary>"…합계는?", "…수는요?": a noun with a particle asks for what it names, not yes or no.</summary>
    [GeneratedRegex(@"[가-힣A-Za-z0-9](?:은|는|이|가|은요|는요|이요|도요)\s*\?\s*$")]
    private static partial Regex NounEnding();

    [GeneratedRegex(@"저희|우리|제가|저는|전 |담당자|담당인데|회사|센터|기업인데|기업입니다|인데|는데|입니다|이에요|예요|이고")]
    private static partial Regex AskerCase();

    [GeneratedRegex(@"기준|요건|자격|조건|대상|충족|분담|한도|범위|가능|괜찮|적용")]
    private static partial Regex RuleWord();

    [GeneratedRegex(@"(?:^|\s)(?:is|are|can|could|do|does|did|will|would|should|may|am|was|were|has|have)\s", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishYesNo();

    public static bool Recognizes(Question question)
    {
        var text = question.Original;
        // A short turn leaning on the one before (그럼 … 늘어나?) is answered as a follow-up.
        if (Reported().IsMatch(text) || question.IsFollowUp && !question.IsEligibility && text.Length < 30)
        {
            return false;
        }
        if (question.IsEnglish)
        {
            return question.IsEligibility || EnglishYesNo().IsMatch(" " + text) && !QuestionWord().IsMatch(text) && text.TrimEnd().EndsWith('?');
        }
        if (QuestionWord().IsMatch(text))
        {
            return false;
        }
        if (question.IsEligibility)
        {
            return true;
        }
        if (question.IsClaim)
        {
            return AskerCase().IsMatch(text) && RuleWord().IsMatch(text) && YesNoEnding().IsMatch(text.Trim());
        }
        return !NounEnding().IsMatch(text) && (YesNoEnding().IsMatch(text.Trim()) && text.TrimEnd().EndsWith('?') || question.Has(Asks.YesNo));
    }
}
