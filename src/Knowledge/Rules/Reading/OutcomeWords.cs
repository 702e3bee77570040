using System.Text.RegularExpressions;

namespace Knowledge.Rules.Reading;

/// <summary>
/// The words Korean rules use for what follows from them: 신청할 수 없다, 제외, 제한, 취소, 중단, 해약 (the asker loses),
/// 감액, 삭감 (keeps less), 할 수 있다, 가능, 지원, 인정, 면제 (keeps or gains); and the words that open an exception
/// (단, 다만) or lift a rule (적용하지 않는다, 제외한다).
/// </summary>
public static partial class OutcomeWords
{
    [GeneratedRegex(@"(?:할|받을|될|참여할|신청할|받)\s?수\s?없|불가(?!피)|제외(?:대상|한다|된다|하며|하고|됨|할|시킨|$)|제한(?:된다|한다|됨|하며|대상|되며|$)|참여제한|취소|중단|해약|해지|탈락|환수|박탈|금지|미지급|지원하지\s?않|인정하지\s?않|미착수")]
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

    /// <summary>Whether a sentence opens an exception to the one before it (단, …; 다만, …).</summary>
    public static bool OpensProviso(string text) => ProvisoOpening().IsMatch(text);

    /// <summary>Where the words after 단/다만 start.</summary>
    public static int ProvisoBody(string text) => ProvisoOpening().Match(text) is { Success: true } m ? m.Index + m.Length : 0;

    /// <summary>Whether a text lifts a rule rather than stating one (…에는 적용하지 않는다, …는 제외).</summary>
    public static bool Lifts(string text) => LiftingPattern().IsMatch(text);
}
