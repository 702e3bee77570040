using System.Text.RegularExpressions;
using Answering.Computing;
using Answering.Understanding;
using Corpus.Quantities;

namespace Answering.Answerers;

public static partial class ClaimAnswerer
{
    /// <summary>"15km 이내로 바뀐 게 맞죠": the claim says what the amount was changed to.</summary>
    [GeneratedRegex(@"^\s*(?:이내|이상|이하|미만|초과|까지)?\s*(?:으로|로)\s*(?:바뀌|바뀐|바꾸|바꿨|변경|늘|줄|완화|강화|상향|하향|조정|확대|축소|개정|인상|인하|올|내려|낮|높|넓|좁)")]
    private static partial Regex ChangedToAfter();

    /// <summary>"10km 이내에서 15km 이내로", "30만㎡→20만㎡": the document writes the amount as the new value of a change.</summary>
    [GeneratedRegex(@"(?:에서|→|->|⇒)\s*$")]
    private static partial Regex ChangeFromBefore();

    [GeneratedRegex(@"^\s*(?:이내|이상|이하|미만|초과|까지)?\s*(?:으로|로)")]
    private static partial Regex ToAfter();

    /// <summary>
    /// A claim that an amount was changed to a value is matched best by the sentence that writes the change (from one value
    /// to the claimed one), not by a case that merely applies the new value.
    /// </summary>
    private static bool StatesChangeTo(Question question, Quantity claim, Operand operand)
    {
        if (claim.End > question.Text.Length || !ChangedToAfter().IsMatch(question.Text[claim.End..]) || operand.Text is not { } figure)
        {
            return false;
        }
        var text = figure.Passage.Text;
        var after = text[figure.Quantity.End..];
        // The amount just before it is the old value: "10km 이내에서 15km 이내로".
        var previousEnd = figure.Passage.Quantities.Where(q => q.End <= figure.Quantity.Start).Select(q => q.End).DefaultIfEmpty(-1).Max();
        var between = previousEnd < 0 ? "" : text[previousEnd..figure.Quantity.Start];
        return previousEnd >= 0 && between.Length <= 12 && ChangeFromBefore().IsMatch(StripLimitWords(between)) && ToAfter().IsMatch(after);
    }

    private static string StripLimitWords(string between) => between.Replace("이내", "", StringComparison.Ordinal).Replace("이상", "", StringComparison.Ordinal).Replace("이하", "", StringComparison.Ordinal).TrimEnd();
}
