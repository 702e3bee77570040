using Answering.Composing;
using Answering.Computing;
using Answering.Documents;
using Answering.Understanding;

namespace Answering.Answerers;

public static partial class FigureAnswerer
{
    // "신규 사업 5개(1,240억원)": a count with the amount of all it counts in brackets right after it.
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<count>\d[\d,]*)\s*(?:개소|개사|개|곳|건|명)\s*\(\s*(?<amount>\d[\d,.]*\s*(?:조|억|만)?[^)]{0,12}원)\s*\)")]
    private static partial System.Text.RegularExpressions.Regex CountWithAmount();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<n>\d[\d,]*)\s*(?:개소|개사|개|곳|건|명)")]
    private static partial System.Text.RegularExpressions.Regex QuestionCount();

    /// <summary>
    /// "신규 사업 5개의 평균 예산": the sentence that writes that count with its amount ("5개(1,240억원)") gives the
    /// mean as the amount over the count.
    /// </summary>
    private static bool CountedAmountMean(DocumentMatch match, AnswerDraft draft)
    {
        var question = match.Question;
        // The count as the question writes it: the reader may keep a small count such as 3개 as a name, not a quantity.
        if (question.Operation != Operation.Average || QuestionCount().Match(question.Text) is not { Success: true } asked
            || !double.TryParse(asked.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture, out var count))
        {
            return false;
        }
        var salient = Evidence.Coverage.Salient(match).Select(s => s.Term).Where(t => !match.IsNaming(t)).ToList();
        foreach (var passage in match.Document.Passages)
        {
            foreach (System.Text.RegularExpressions.Match written in CountWithAmount().Matches(passage.Text))
            {
                if (!double.TryParse(written.Groups["count"].Value.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture, out var n)
                    || Math.Abs(n - count) > 1e-9 || !salient.Any(t => passage.Text.Contains(t, StringComparison.Ordinal)))
                {
                    continue;
                }
                var amountAt = written.Groups["amount"].Index;
                if (match.Document.FiguresIn(passage).FirstOrDefault(f => f.Quantity.Start == amountAt && f.Unit.IsMoney) is not { } figure)
                {
                    continue;
                }
                var amount = Operand.FromText(figure, Labels.Of(figure), Quote.Sentence(passage.Text, figure.Quantity.Start));
                var mean = Calculator.Divide(draft.English ? $"{amount.Label} per item" : $"{amount.Label} 평균", amount, n, amount.Unit, [amount], Amounts.Plain(n));
                var markers = mean.Record(draft);
                draft.Kind = "computed";
                draft.Say(draft.English
                    ? $"The document gives {Amounts.Plain(n)} items for {amount.Display}, so {mean.Display} each on average ({mean.Formula}) {markers}."
                    : $"문서에는 {written.Value[..written.Value.IndexOf('(', StringComparison.Ordinal)].Trim()}, 모두 {Josa.With(amount.Display, "으로/로")} 나와 있어 평균 {mean.Display}입니다 ({mean.Formula}) {markers}.");
                return true;
            }
        }
        return false;
    }
}
