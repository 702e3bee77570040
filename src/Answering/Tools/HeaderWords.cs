using Knowledge.Language;
using Knowledge.Tables;

namespace Answering.Tools;

/// <summary>
/// Words a caller names a row, a column or a table by ("R&amp;D", "2단계 소계", "'20"), read the way the table model reads
/// its headers: naming terms, the years and stages written, and the compact spelling. A header fits the words when it
/// carries their terms and every year and stage they name.
/// </summary>
internal sealed record HeaderWords(IReadOnlyList<string> Terms, IReadOnlyList<int> Years, IReadOnlyList<int> Stages, string Compact)
{
    public static HeaderWords Read(string? text)
    {
        var words = text ?? "";
        return new HeaderWords([.. TermAnalyzer.Terms(words).Select(Lexicon.Canonical).Distinct()], TableModel.YearsOf(words), TableModel.StagesOf(words),
            TextNormalizer.Compact(words));
    }

    public bool IsEmpty => Terms.Count == 0 && Years.Count == 0 && Stages.Count == 0 && Compact.Length == 0;

    /// <summary>
    /// How well a header fits, 0 (not at all) to 1 (every word): a year or stage the words name that the header does not
    /// rules it out, since 1단계 is never 2단계; the words written together inside the header's own spelling count whole.
    /// </summary>
    public double Fit(IReadOnlyCollection<string> terms, IReadOnlyList<int> years, IReadOnlyList<int> stages, string compact)
    {
        if (IsEmpty)
        {
            return 0;
        }
        if (Years.Any(y => !years.Contains(y)) || Stages.Any(s => !stages.Contains(s)))
        {
            return 0;
        }
        if (Compact.Length > 0 && compact == Compact)
        {
            return 1;
        }
        var named = Terms.Count + Years.Count + Stages.Count;
        var found = Terms.Count(terms.Contains) + Years.Count + Stages.Count;
        if (named > 0 && (Terms.Count == 0 || Terms.Any(terms.Contains)))
        {
            return (double)found / named;
        }
        // Words the analyzer cannot split the same way (a name inside a longer one) fit weakly by their spelling.
        return Compact.Length >= 2 && compact.Contains(Compact, StringComparison.Ordinal) ? 0.5 : 0;
    }

    /// <summary>Years and stages a header names beyond the words: 1단계(A) '18 is narrower than the 1단계 asked, 합계 (A+B) wider.</summary>
    public int Extra(IReadOnlyList<int> years, IReadOnlyList<int> stages) => years.Count(y => !Years.Contains(y)) + stages.Count(s => !Stages.Contains(s));
}
