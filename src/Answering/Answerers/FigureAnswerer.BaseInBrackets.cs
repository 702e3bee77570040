using Answering.Documents;
using Knowledge.Figures;

namespace Answering.Answerers;

public static partial class FigureAnswerer
{
    // "4조 5,800억원으로, 지난해(4조 4,000억원)보다": after the amount, the period compared with and its amount in brackets.
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:으로|로|이며|이고|이다)?\s*,?\s*(?<base>[가-힣'’\d][가-힣'’\d\s]{0,14}?)\s*\(\s*$")]
    private static partial System.Text.RegularExpressions.Regex BaseOpening();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*\)\s*(?:보다|대비|에\s?비해|에\s?비하여|과\s?비교|와\s?비교)")]
    private static partial System.Text.RegularExpressions.Regex BaseClosing();

    /// <summary>
    /// The amount a sentence compares another with in brackets after naming its period ("412억원으로 지난해(378억원)보다",
    /// "9조 8,160억원으로 올해(8조 9,450억원)보다"), with that period's words as its label. A bracket right after the amount
    /// (18조 2,620억원(18.3조원)) restates the same amount, so a named period must stand between.
    /// </summary>
    private static (TextFigure Base, string Period)? BaseInBrackets(DocumentMatch match, TextFigure figure)
    {
        var text = figure.Passage.Text;
        foreach (var other in match.Document.FiguresIn(figure.Passage))
        {
            if (other.Quantity.Start <= figure.Quantity.End || !other.Unit.SameFamily(figure.Unit) || other.Quantity.Start - figure.Quantity.End > 24)
            {
                continue;
            }
            var opening = BaseOpening().Match(text[figure.Quantity.End..other.Quantity.Start]);
            if (opening.Success && opening.Groups["base"].Value.Any(c => c is >= '가' and <= '힣') && BaseClosing().IsMatch(text[other.Quantity.End..]))
            {
                return (other, opening.Groups["base"].Value.Trim());
            }
        }
        return null;
    }
}
