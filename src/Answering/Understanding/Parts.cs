using System.Text.RegularExpressions;
using Answering.Documents;

namespace Answering.Understanding;

/// <summary>
/// A question that asks two things at once ("평가위원은 몇 명이고, 평가 지표는 몇 개", "일평균 수출액이랑 조업일수") read as
/// its parts, each a question of its own that keeps the whole question's years, stages and places.
/// </summary>
public static partial class Parts
{
    [GeneratedRegex(@"(?<=[가-힣A-Za-z0-9)])\s*(?:이고|이며|하고|이랑|이나)\s*,?\s+|(?<=[가-힣])(?:고|며)\s*,\s*|\s*,\s*(?:그리고\s+)?(?=[가-힣'A-Za-z])|(?<=[가-힣])(?:랑|와|과)\s+(?=[가-힣A-Za-z'0-9])")]
    private static partial Regex Joint();

    public static IReadOnlyList<DocumentMatch> Split(DocumentMatch whole)
    {
        var question = whole.Question;
        var pieces = Joint().Split(question.Text).Select(p => p.Trim()).Where(p => p.Length >= 2).ToList();
        if (pieces.Count < 2 || pieces.Count > 4)
        {
            return [];
        }
        var parts = new List<DocumentMatch>();
        foreach (var piece in pieces)
        {
            var read = QuestionReader.Read(piece);
            var part = read with
            {
                IsEnglish = question.IsEnglish,
                Years = read.Years.Count > 0 ? read.Years : question.Years,
                YearMentions = read.YearMentions,
                RelativeYears = read.Years.Count > 0 || read.RelativeYears.Count > 0 ? read.RelativeYears : question.RelativeYears,
                Months = read.Months.Count > 0 ? read.Months : question.Months,
                Stages = read.Stages.Count > 0 ? read.Stages : question.Stages,
                Regions = read.Regions.Count > 0 ? read.Regions : question.Regions,
                Operation = Operation.Lookup,
            };
            if (part.Terms.Count == 0)
            {
                continue;
            }
            parts.Add(new DocumentMatch(whole.Document, part, whole.Score) { Previous = whole.Previous });
        }
        return parts.Count >= 2 ? parts : [];
    }
}
