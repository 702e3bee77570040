using Answering.Documents;

namespace Answering.Evidence;

/// <summary>
/// A place the question asks the figure of (경북센터의 주요사업 성과 영역 점수) that none of the evidence found is of: a
/// figure whose passage names the place elsewhere (the average of all centres, beside 경북 in another sentence) is not
/// the place's own, and the document does not state the one asked.
/// </summary>
public static class PlaceMissing
{
    // A place credited below this was met only in the figure's passage or heading, not beside the figure.
    private const double BesideCredit = 0.5;

    public static bool Find(DocumentMatch match, IReadOnlyList<FoundEvidence> evidence)
    {
        var regions = match.Question.Regions;
        return regions.Count > 0 && evidence.Count > 0 && !evidence.Any(e => regions.Any(r => Carries(e, r)));
    }

    private static bool Carries(FoundEvidence evidence, Knowledge.Language.Region region)
    {
        if (evidence.Table is { } table)
        {
            return table.Carried.Regions.Contains(region);
        }
        var carried = evidence.Figure!.Carried;
        return region.Aliases.Append(region.Short).Append(region.Full).Any(name => carried.Credit(name) >= BesideCredit);
    }
}
