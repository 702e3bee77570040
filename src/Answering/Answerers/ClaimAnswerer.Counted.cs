using System.Text.RegularExpressions;
using Answering.Computing;
using Answering.Understanding;
using Corpus.Quantities;

namespace Answering.Answerers;

/// <summary>
/// Whether a figure counts what the claim counts. "기업 1,200곳이 참여" counts companies; "16개 센터" counts centers, so
/// however near the two stand they neither confirm nor deny each other. A claimed total ("12곳 목표를 합치면 1억달러")
/// is checked only against a figure the document gives as a total, not against one item's figure.
/// </summary>
public static partial class ClaimAnswerer
{
    /// <summary>A count figure whose counted noun is not among the words the claim writes beside its own count.</summary>
    private static bool CountsOtherThing(Question question, Quantity claim, Operand operand)
    {
        if (!claim.Unit.IsCount || !operand.Unit.IsCount || operand.Text is not { } figure)
        {
            return false;
        }
        var claimed = NounsAround(question.Text, claim.Start, claim.Start + claim.Length);
        var stated = NounsAround(figure.Passage.Text, figure.Quantity.Start, figure.Quantity.Start + figure.Quantity.Length);
        if (claimed.Count == 0 || stated.Count == 0)
        {
            return false;
        }
        return !claimed.Any(c => stated.Any(s => c.Contains(s, StringComparison.Ordinal) || s.Contains(c, StringComparison.Ordinal)));
    }

    /// <summary>The words that name a count: its own noun (5개 영역), the word right after it (16개 센터) and the two before it (특허 출원 5건), particles off.</summary>
    private static List<string> NounsAround(string text, int start, int end)
    {
        // A counter the scanner reads with its noun (5개 영역) names it inside the figure.
        var nouns = HangulWord().Matches(text[start..end]).Select(m => m.Value).ToList();
        if (WordAfter().Match(text[end..]) is { Success: true } after)
        {
            nouns.Add(Particles().Replace(after.Groups[1].Value, ""));
        }
        if (WordsBefore().Match(text[..start]) is { Success: true } before)
        {
            nouns.AddRange(before.Groups[1].Captures.Select(c => Particles().Replace(c.Value, "")));
        }
        return [.. nouns.Where(n => n.Length >= 2)];
    }

    /// <summary>"합치면", "모두 합해", "in total": the claim states the sum of several items.</summary>
    private static bool ClaimsTotal(Question question) => SumWord().IsMatch(question.Text);

    /// <summary>A figure the document gives as a total: a 합계 row, or one its words name as a whole (총 1,534억원, 합계, 모두 합쳐).</summary>
    private static bool StatedAsTotal(Operand operand) =>
        operand.Row?.IsTotal == true || TotalWord().IsMatch(operand.Label + " " + Clause(operand));

    [GeneratedRegex(@"^[가-힣%]{0,2}\s([가-힣]{2,})(?=[\s,.)·]|$)")]
    private static partial Regex WordAfter();

    [GeneratedRegex(@"(?:([가-힣]{2,})\s){1,2}$")]
    private static partial Regex WordsBefore();

    [GeneratedRegex(@"(?:으로|에서|이|가|은|는|을|를|의|에|로|와|과|도|만)$")]
    private static partial Regex Particles();

    [GeneratedRegex(@"합치|합쳐|합친|합하|합해|합산|합계|총합|모두 더")]
    private static partial Regex SumWord();

    [GeneratedRegex(@"합계|총액|총사업비|총\s|전체|모두|합치|합쳐|합친|합산|누계|소계")]
    private static partial Regex TotalWord();

    [GeneratedRegex(@"[가-힣]{2,}")]
    private static partial Regex HangulWord();
}
