using System.Globalization;
using System.Text.RegularExpressions;
using Corpus.Model;

namespace Corpus.Parsing;

/// <summary>The publication date and the issuing body, read from the front matter the way releases print them.</summary>
public static partial class DocumentDate
{
    [GeneratedRegex(@"(?<y>(?:19|20)\d{2})\s*년\s*(?<m>\d{1,2})\s*월\s*(?<d>\d{1,2})\s*일")]
    private static partial Regex FullDate();

    [GeneratedRegex(@"(?<y>(?:19|20)\d{2})\s*[.\-/]\s*(?<m>\d{1,2})\s*[.\-/]\s*(?<d>\d{1,2})")]
    private static partial Regex DottedDate();

    [GeneratedRegex(@"(?<name>[가-힣]{2,12}(?:부|처|청|위원회|원|공단|재단|진흥원|도|시|군|구))\s*\((?:장관|처장|청장|위원장|원장|이사장|도지사|시장|군수|구청장)")]
    private static partial Regex IssuerWithHead();

    /// <summary>The first full date in the first lines (the embargo or publication line).</summary>
    public static DateOnly? Read(IReadOnlyList<string> lines)
    {
        foreach (var line in lines.Take(30))
        {
            var m = FullDate().Match(line);
            if (!m.Success)
            {
                m = DottedDate().Match(line);
            }
            if (m.Success && TryDate(m, out var date))
            {
                return date;
            }
        }
        return null;
    }

    /// <summary>The body that issues the release: "산업통상자원부(장관 …)" in the first paragraphs.</summary>
    public static string? Issuer(IReadOnlyList<string> lines, IReadOnlyList<DocumentUnit> units)
    {
        foreach (var unit in units.Where(u => u.Kind is UnitKind.Heading or UnitKind.Bullet or UnitKind.Paragraph).Take(6))
        {
            var m = IssuerWithHead().Match(unit.Text);
            if (m.Success)
            {
                return m.Groups["name"].Value;
            }
        }
        return null;
    }

    private static bool TryDate(Match m, out DateOnly date)
    {
        date = default;
        var y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var mo = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        var d = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo))
        {
            return false;
        }
        date = new DateOnly(y, mo, d);
        return true;
    }
}
