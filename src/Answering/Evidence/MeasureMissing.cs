using Answering.Documents;
using Answering.Understanding;
using Corpus.Quantities;

namespace Answering.Evidence;

/// <summary>
/// The measure a quantity question asks for (반도체 수입액, 중소기업 수출액, 지방비 총액) carried by none of the evidence
/// found: no single figure found is of the measure's head noun together with the words that say which of it, in the kind
/// of quantity the measure names (an amount for 수입액, a rate for 경쟁률). The figures found are of something beside
/// it — 반도체 exports for 반도체 imports, all exports for those of small firms, a score for a sum of money — and the
/// document does not state the one asked.
/// </summary>
public static class MeasureMissing
{
    public static bool Find(DocumentMatch match, IReadOnlyList<FoundEvidence> evidence)
    {
        // A word of the document's own name is carried by the document itself.
        var words = AskedMeasure.Words(match);
        if (words.Count == 0)
        {
            return false;
        }
        var family = AskedMeasure.Family(match.Question);
        if (family == UnitFamily.None)
        {
            // A count (유공자 표창은 몇 명) names what is counted loosely: any of its words found is the thing counted.
            // Asked as 몇 곳 or 몇 명, it is not answered by a sum of money (수출바우처 지원 기업 수 by the programme's budget).
            var counted = AskedMeasure.CountsThings(match.Question) ? UnitFamily.Count : UnitFamily.None;
            return !evidence.Any(e => Fits(match, e, counted) && words.Any(w => w.Any(t => Carries(e, t))));
        }
        // A named quantity (반도체 수입액, 민간 부담금) is one figure: one piece of evidence carries its head and every word
        // that says which of it, in the kind of quantity it is.
        return !evidence.Any(e => Fits(match, e, family) && words.All(w => w.Any(t => Carries(e, t)) || w == words[0] && IsGenericMoney(w) && family == UnitFamily.Won));
    }

    // 부담금, 지원금, 사업비: money of whoever the words before it name (민간 부담금 under a column headed 민간).
    private static bool IsGenericMoney(IReadOnlyList<string> word) => word.Any(t => t is "부담금" or "지원금" or "사업비" or "예산" or "금액");

    /// <summary>Whether the evidence is counted in the kind of quantity asked (an amount of money, a rate, a score).</summary>
    private static bool Fits(DocumentMatch match, FoundEvidence evidence, UnitFamily asked) =>
        evidence.Table is { } table
            ? table.Cells.Where(c => c.Cell.Value is not null).Take(60)
                .Any(c => Fits(c.Cell.Unit ?? c.Column.Unit ?? Units.None, asked))
            : Fits(evidence.Figure!.Carried.Unit, asked);

    private static bool Fits(Unit? unit, UnitFamily asked)
    {
        return asked switch
        {
            UnitFamily.None => true,
            // A bare number is no amount of money: a table of sums states its unit.
            UnitFamily.Won => unit?.IsMoney == true,
            _ when unit is null => true,
            UnitFamily.Percent => unit.Family is UnitFamily.Percent or UnitFamily.PercentPoint or UnitFamily.Ratio,
            UnitFamily.Score => unit.Family is UnitFamily.Score or UnitFamily.None,
            UnitFamily.Count => !unit.IsMoney,
            _ => true,
        };
    }

    private static bool Carries(FoundEvidence evidence, string term)
    {
        var carried = evidence.Table?.Carried ?? evidence.Figure!.Carried;
        if (carried.Credit(term) >= 0.5)
        {
            return true;
        }
        // 증가액 asked of a column headed 증가 (억원): the word without its ending names the same measure.
        if (AskedMeasure.Stem(term) is { } stem && carried.Credit(stem) >= 0.5)
        {
            return true;
        }
        return evidence.Table is { Table: var table }
            && (table.TitleTermSet.Contains(term) || table.Rows.Any(r => r.Terms.Contains(term)) || table.Columns.Any(c => c.Terms.Contains(term)));
    }
}
