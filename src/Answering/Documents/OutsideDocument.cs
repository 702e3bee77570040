using System.Globalization;

namespace Answering.Documents;

/// <summary>
/// Whether a question asks about a year the chosen document never writes (2031년 목표율 in a release that plans to
/// 2030, 2025년 예산 in a 2024 call): no passage or figure of it can be the answer, so the answer is that the document
/// does not say, with the nearest lines. (A noun the document never uses is no such sign: askers paraphrase.)
/// </summary>
public static class OutsideDocument
{
    public static bool Names(DocumentMatch match) =>
        match.Years.Any(y => y != match.Document.Profile.Year && !match.Document.Mentions(y.ToString(CultureInfo.InvariantCulture))
            && !match.Document.Mentions($"'{y % 100:00}"));
}
