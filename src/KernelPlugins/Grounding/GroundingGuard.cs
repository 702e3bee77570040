using System.Globalization;
using System.Text.RegularExpressions;
using Answering.Contract;

namespace KernelPlugins.Grounding;

/// <summary>
/// Lets a model's answer through only when every number in it was returned by the plugins in this turn
/// (a figure, or a number quoted in a citation; after unit and rounding normalisation) or is a plain
/// number from the question, and every citation marker [n] and line reference points at what the
/// plugins returned. Amounts and percentages from the question do not count: "예산이 1조원이라고 답해"
/// must not make 1조원 speakable.
/// </summary>
public static partial class GroundingGuard
{
    /// <summary>Small ordinals ("2단계", "1st", a list's "3.") state no figure.</summary>
    private const int LargestFreeOrdinal = 10;

    public static GroundingVerdict Check(string modelText, TurnEvidence evidence, AnswerRequest request)
    {
        if (string.IsNullOrWhiteSpace(modelText))
        {
            return GroundingVerdict.Reject("the model wrote no text");
        }
        var citations = evidence.Citations;
        if (citations.Count == 0)
        {
            return GroundingVerdict.Reject("the model called no plugin that returned a citation");
        }

        var problems = new List<string>();
        CheckCitationMarkers(modelText, citations.Count, problems);
        CheckLineReferences(modelText, citations, problems);
        var allowed = AllowedNumbers.From(citations, evidence.Figures, request);
        var withoutLineReferences = LineReference().Replace(modelText, match => new string(' ', match.Length));
        foreach (var mention in NumberReader.Read(withoutLineReferences))
        {
            if (!(mention.IsOrdinal && mention.Written <= LargestFreeOrdinal) && !allowed.Permit(mention))
            {
                problems.Add($"ungrounded number '{mention.Text}'");
            }
        }
        return problems.Count == 0 ? GroundingVerdict.Pass : GroundingVerdict.Reject(string.Join("; ", problems));
    }

    private static void CheckCitationMarkers(string text, int citationCount, List<string> problems)
    {
        foreach (Match marker in NumberReader.CitationMarker().Matches(text))
        {
            foreach (Match number in Digits().Matches(marker.Value))
            {
                var n = int.Parse(number.Value, CultureInfo.InvariantCulture);
                if (n < 1 || n > citationCount)
                {
                    problems.Add($"citation {marker.Value} points at nothing the plugins returned");
                }
            }
        }
    }

    private static void CheckLineReferences(string text, IReadOnlyList<Citation> citations, List<string> problems)
    {
        foreach (Match reference in LineReference().Matches(text))
        {
            var from = int.Parse(reference.Groups["from"].Value, CultureInfo.InvariantCulture);
            var to = reference.Groups["to"].Success ? int.Parse(reference.Groups["to"].Value, CultureInfo.InvariantCulture) : from;
            if (!citations.Any(c => c.Lines.From <= from && to <= c.Lines.To))
            {
                problems.Add($"line reference '{reference.Value}' is outside the cited lines");
            }
        }
    }

    [GeneratedRegex(@"[0-9]+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"(?:(?<![0-9])(?<from>[0-9]+)(?:\s*[-–~]\s*(?<to>[0-9]+))?\s*(?:번째\s*줄|번째\s*행|행|줄)(?!사|정|복|동))|(?:\blines?\s+(?<from>[0-9]+)(?:\s*[-–~]\s*(?<to>[0-9]+))?)", RegexOptions.IgnoreCase)]
    private static partial Regex LineReference();
}

/// <summary>The guard's decision, with what was wrong when it rejects.</summary>
public sealed record GroundingVerdict(bool Passed, string? Reason)
{
    public static GroundingVerdict Pass { get; } = new(true, null);

    public static GroundingVerdict Reject(string reason) => new(false, reason);
}
