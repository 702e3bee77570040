using System.Text.RegularExpressions;

namespace Answering.Documents;

/// <summary>
/// A qualifier of a closed kind the question puts on what it asks — a quarter (2분기 기준금리), a half year (하반기), a sex
/// (여성 취업자) — that the chosen document never writes: its figures are of another quarter or of everyone, and giving one of
/// them would answer a question nobody asked. An English question is read in Korean already (Q1 → 1분기, women → 여성). Only kinds whose every member has a fixed written form are checked; an
/// ordinary noun the document lacks is no such sign, as askers paraphrase.
/// </summary>
public static partial class UnwrittenQualifier
{
    [GeneratedRegex(@"(?<![\d.])(?<n>[1-4])\s?(?:/\s?4\s?)?분기")]
    private static partial Regex Quarter();

    [GeneratedRegex(@"상반기|하반기")]
    private static partial Regex Half();

    [GeneratedRegex(@"(?<f>여성|여자)|남성|남자")]
    private static partial Regex Sex();

    public static bool Missing(DocumentMatch match)
    {
        var text = match.Question.Text;
        var document = match.Document;
        foreach (var n in Quarters(text))
        {
            if (!WrittenWith(match, $"{n}분기") && !WrittenWith(match, $"{n}/4분기"))
            {
                return true;
            }
        }
        foreach (Match h in Half().Matches(text))
        {
            if (!WrittenWith(match, h.Value))
            {
                return true;
            }
        }
        foreach (Match s in Sex().Matches(text))
        {
            var female = s.Groups["f"].Success;
            if (female ? !document.Mentions("여성") && !document.Mentions("여자") : !document.Mentions("남성") && !document.Mentions("남자"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether a passage writes the qualifier together with something else the question asks about (2분기 … 기준금리): a
    /// quarter named only by a schedule note (2분기 이후 일정은 별도 안내) does not give a 2분기 rate.
    /// </summary>
    private static bool WrittenWith(DocumentMatch match, string qualifier)
    {
        if (!match.Document.Mentions(qualifier))
        {
            return false;
        }
        var asked = match.EvidenceTerms.Where(t => t.Length >= 2 && !match.IsNaming(t) && !qualifier.Contains(t, StringComparison.Ordinal) && !t.Contains("분기", StringComparison.Ordinal)).ToList();
        if (asked.Count == 0)
        {
            return true;
        }
        // A table headed by it (상반기 | 하반기 columns) writes it for every row: its header is not in the rows' own text.
        return match.Document.Tables.Any(t => Heads(t, qualifier))
            || match.Document.Passages.Any(p => p.Compact.Contains(qualifier, StringComparison.Ordinal) && asked.Any(t => p.Terms.Contains(t) || p.HeadingTerms.Contains(t)));
    }

    private static bool Heads(Knowledge.Tables.TableModel table, string qualifier) =>
        Compact(table.Title).Contains(qualifier, StringComparison.Ordinal)
        || table.Columns.Any(c => c.Path.Append(c.Label).Any(h => Compact(h).Contains(qualifier, StringComparison.Ordinal)))
        || table.Rows.Any(r => Compact(r.Label).Contains(qualifier, StringComparison.Ordinal));

    private static string Compact(string text) => Knowledge.Language.TextNormalizer.Compact(text);

    private static IEnumerable<int> Quarters(string text)
    {
        foreach (Match q in Quarter().Matches(text))
        {
            yield return int.Parse(q.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
