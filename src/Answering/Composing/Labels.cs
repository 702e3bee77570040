using System.Text.RegularExpressions;
using Knowledge.Figures;

namespace Answering.Composing;

/// <summary>Labels made of a document's own words: what an amount in running text counts.</summary>
public static partial class Labels
{
    [GeneratedRegex(@"^\s*(?:\([^)]*\))?\s*의\s+(?<label>[가-힣A-Za-z][가-힣A-Za-z·\s]{0,20}?)(?=\s*(?:이|가|을|를|은|는|과|와|도|으로|로|,|\.|$|\s(?:증가|감소|발생|창출|유치|달성|기록|늘|줄)))")]
    private static partial Regex OfAfter();

    [GeneratedRegex(@"(?<label>[가-힣A-Za-z][가-힣A-Za-z·]*(?:\s[가-힣A-Za-z][가-힣A-Za-z·]*){0,2})\s*(?:은|는|이|가|을|를|도)?\s*(?:총\s*|약\s*|모두\s*|연간\s*|연\s*|최대\s*)?$")]
    private static partial Regex Before();

    [GeneratedRegex(@"\s*[(（][^)）]*[)）]\s*$")]
    private static partial Regex TrailingParenthesis();

    /// <summary>"1,446억원의 사업화 매출" → 사업화 매출; "국비 1,203억원" → 국비; falls back to the passage's label.</summary>
    public static string Of(TextFigure figure)
    {
        var text = figure.Passage.Text;
        var after = text[figure.Quantity.End..];
        var m = OfAfter().Match(after);
        if (m.Success)
        {
            return m.Groups["label"].Value.Trim();
        }
        var start = Math.Max(0, figure.Quantity.Start - 30);
        var before = text[start..figure.Quantity.Start];
        var cut = before.LastIndexOfAny([',', '(', '■', ':', '·', '，']);
        if (cut >= 0)
        {
            before = before[(cut + 1)..];
        }
        before = TrailingParenthesis().Replace(before, "");
        var b = Before().Match(before);
        if (b.Success && b.Groups["label"].Value.Trim().Length >= 2)
        {
            return b.Groups["label"].Value.Trim();
        }
        return figure.Passage.Unit.Label ?? "";
    }
}
