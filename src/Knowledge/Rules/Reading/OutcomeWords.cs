using System.Text.RegularExpressions;

namespace Knowledge.Rules.Reading;

/// <summary>
/// The words Korean rules use for what follows from them: 신청할 수 없다, 제외, 제한, 취소, 중단, 해약 (the asker loses),
/// 감액, 삭감 (keeps less), 할 수 있다, 가능, 지원, 인정, 면제 (keeps or gains); and the words that open an exception
/// (단, 다만) or lift a rule (적용하지 않는다, 제외한다).
/// </summary>
public static partial class OutcomeWords
{
    [GeneratedRegex(@"(?:할|받을|될|참여할|신청할|받)\s?수\s?없|불가(?!피)|제외(?:대상|한다|된다|하며|하고|됨|할|시킨|$)|제한(?:된다|한다|됨|하며|대상|되며|$)|참여제한|취소|중단|해약|해지|탈락|환수|박탈|금지|미지급|지원하지\s?않|인정하지\s?않|미착수|대상이\s?아니|아니다$|아님$")]
    private static partial Regex NegativePattern();

    [GeneratedRegex(@"감액|삭감|축소|차감|하향")]
    private static partial Regex ReducedPattern();

    [GeneratedRegex(@"수\s?있|가능|지원|인정|면제|유지|계속|허용|부여|증액|선정|받는다|적용한다|적용받")]
    private static partial Regex PositivePattern();

    [GeneratedRegex(@"^\s*(?:[-*※○•·□]\s*)?(?:\([^()]{1,30}\)\s*)?(?:단|다만)\s?[,，]?\s")]
    private static partial Regex ProvisoOpening();

    [GeneratedRegex(@"적용하지\s?않|적용\s?제외|적용을\s?받지\s?않|미적용|예외로|제외한다|제외된다|제외하며|제외$|는\s?제외|은\s?제외|대상에서\s?제외")]
    private static partial Regex LiftingPattern();

    /// <summary>The outcome words in <paramref name="text"/> say, or null when it says none.</summary>
    public static Outcome? Read(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (NegativePattern().IsMatch(text))
        {
            return Outcome.Negative;
        }
        if (ReducedPattern().IsMatch(text))
        {
            return Outcome.Reduced;
        }
        return PositivePattern().IsMatch(text) ? Outcome.Positive : null;
    }

    [GeneratedRegex(@"(?:수\s?있(?:다|음|습니다)?|가능(?:하다|함|합니다)?|지원한다|지원함|인정한다|인정됨|면제(?:받는다|한다|됨)|유지(?:한다|됨)|계속\s?지원|받는다|적용한다|된다|한다|함)\s*$")]
    private static partial Regex PositiveEnding();

    // 컸다, 줄었다, 늘어났다: a statistics release reports a change in the past tense, its ㅆ often fused into the stem's syllable.
    [GeneratedRegex(@"(?:었|았|였|했|됐|렸|켰|컸|졌|났|갔|왔|쳤|웠|혔|녔)(?:다|으며|으나|고|습니다|는데)|나타났|밝혔|기록했")]
    private static partial Regex PastTense();

    /// <summary>A bound that says who qualifies (70점 이상인 과제를 대상으로, …에 한하여): a criterion even in a past-tense report of a selection.</summary>
    [GeneratedRegex(@"(?:이상|이하|미만|초과|이내)인\s?\S+(?:\s?가운데|\s?중|을\s?대상|를\s?대상)|대상으로|에\s?한하|에\s?한해|에\s?한함")]
    private static partial Regex Criterion();

    [GeneratedRegex(@"(?:할|될|통보할|확정할)\s?(?:계획|예정|방침)(?:이다|입니다)|전망이다|셈이다|셈입니다|것으로\s?(?:보인다|기대된다|예상된다)|기대된다")]
    private static partial Regex Plan();

    [GeneratedRegex(@"(?:하지|되지|지키지|이행하지|체결하지|제출하지|착수하지)\s?(?:않|아니하)(?:으면|는\s?경우|을\s?경우|은\s?경우)|미\S{1,4}\s?시(?=\s|,|$)|못하면|없으면")]
    private static partial Regex Unless();

    /// <summary>
    /// What the end of a rule sentence says follows: a loss anywhere in it (…신청할 수 없으며, …), a cut, or a grant only as
    /// its final predicate (…할 수 있다) — "지원받은 기업" names who, it grants nothing.
    /// </summary>
    public static Outcome? ReadTail(string tail)
    {
        var text = System.Text.RegularExpressions.Regex.Replace(tail, @"\([^()]*\)", " ").Trim(' ', '.', ',');
        if (NegativePattern().IsMatch(text))
        {
            return Outcome.Negative;
        }
        if (ReducedPattern().IsMatch(text))
        {
            return Outcome.Reduced;
        }
        return PositiveEnding().IsMatch(text) ? Outcome.Positive : null;
    }

    /// <summary>
    /// A sentence that reports what happened to someone named (충북센터는 … A등급을 받았다) or what the issuer plans to do
    /// (… 7월 12일까지 최종 결과를 확정하여 통보할 계획이다) states no rule for the asker.
    /// </summary>
    public static bool Reports(string sentence)
    {
        var text = System.Text.RegularExpressions.Regex.Replace(sentence, @"\([^()]*\)", " ").TrimEnd(' ', '.', '”', '"');
        var end = text.Length > 14 ? text[^14..] : text;
        return Plan().IsMatch(end) || PastTense().IsMatch(end) && (Knowledge.Language.Regions.In(sentence).Count > 0 || !Criterion().IsMatch(text));
    }

    /// <summary>A loss that follows from not doing what the rule asks (…까지 체결하지 않으면 선정이 취소된다): the rule is a requirement.</summary>
    public static bool FollowsFromFailing(string text) => Unless().IsMatch(text);

    /// <summary>Whether a sentence opens an exception to the one before it (단, …; 다만, …).</summary>
    public static bool OpensProviso(string text) => ProvisoOpening().IsMatch(text);

    /// <summary>Where the words after 단/다만 start.</summary>
    public static int ProvisoBody(string text) => ProvisoOpening().Match(text) is { Success: true } m ? m.Index + m.Length : 0;

    /// <summary>Whether a text lifts a rule rather than stating one (…에는 적용하지 않는다, …는 제외).</summary>
    public static bool Lifts(string text) => LiftingPattern().IsMatch(text);
}
