using Corpus.Model;
using Corpus.Quantities;

namespace Answering.Knowledge;

/// <summary>
/// The results written in running text: each number with a unit is paired with the nearest measure word
/// of a matching unit in the same clause ("정규직이 87.2%", "1,446억원의 사업화 매출", "특허 출원 5건").
/// A cell of a block table (one region per column) is its own passage, so its facts carry that region.
/// </summary>
public sealed class FactBook
{
    private const int MaxDistance = 16;

    public FactBook(IEnumerable<ParsedDocument> documents, UnitContext context, RegionCatalog regions)
    {
        var facts = new List<MeasureFact>();
        foreach (var document in documents)
        {
            foreach (var unit in document.Units)
            {
                if (unit.Table is int t && IsFigureTable(document.Tables[t]))
                {
                    continue;
                }
                foreach (var (text, region) in Segments(document, unit, context, regions))
                {
                    facts.AddRange(Read(unit, text, context.StageOf(unit), region));
                }
            }
        }
        Facts = facts;
    }

    public IReadOnlyList<MeasureFact> Facts { get; }

    public IEnumerable<MeasureFact> For(Measure measure) => Facts.Where(f => f.Measure == measure);

    private static bool IsFigureTable(DocumentTable table) => table.Unit is not null;

    private static IEnumerable<(string Text, string? Region)> Segments(ParsedDocument document, DocumentUnit unit, UnitContext context, RegionCatalog regions)
    {
        if (unit.Table is int t && unit.Column is int c)
        {
            yield return (BlockText(unit.Text), regions.Mentioned(document.Tables[t].ColumnName(c)).FirstOrDefault()?.Short ?? context.RegionOf(unit));
            yield break;
        }
        yield return (unit.Text, context.RegionOf(unit));
    }

    /// <summary>A block cell quoted from its first list mark on: the markup before it is layout, not content.</summary>
    public static string BlockText(string cell)
    {
        var start = cell.IndexOf('■');
        return start >= 0 ? cell[start..].Trim() : cell.Trim();
    }

    private static IEnumerable<MeasureFact> Read(DocumentUnit unit, string text, int? stage, string? region)
    {
        foreach (var quantity in QuantityScanner.Scan(text))
        {
            if (quantity.Unit.Length == 0)
            {
                continue;
            }
            MeasureFact? best = null;
            foreach (var measure in Measures.All)
            {
                if (!measure.Units.Contains(quantity.Unit))
                {
                    continue;
                }
                foreach (var word in measure.Words)
                {
                    var distance = Distance(text, word, quantity);
                    if (distance <= MaxDistance && (best is null || distance < best.Distance))
                    {
                        best = new MeasureFact(measure, quantity.Value, quantity.Unit, stage, region,
                            new Source(unit.Doc, unit.FromLine, unit.ToLine, text), distance);
                    }
                }
            }
            if (best is not null)
            {
                yield return best;
            }
        }
    }

    /// <summary>How far a word stands from a number in reading terms: a word before the number ("특허 5건") is closest, one after it counts a little more unless joined by 의 ("649명의 일자리").</summary>
    private static int Distance(string text, string word, Quantity quantity)
    {
        var best = int.MaxValue;
        var at = 0;
        while ((at = text.IndexOf(word, at, StringComparison.Ordinal)) >= 0)
        {
            int distance;
            if (at + word.Length <= quantity.Start)
            {
                var gap = text[(at + word.Length)..quantity.Start];
                distance = Cost(gap);
            }
            else if (at >= quantity.End)
            {
                var gap = text[quantity.End..at];
                var cost = Cost(gap);
                distance = cost == int.MaxValue ? cost : cost + (gap.TrimStart().StartsWith('의') ? 0 : 2);
            }
            else
            {
                distance = int.MaxValue;
            }
            best = Math.Min(best, distance);
            at += word.Length;
        }
        return best;
    }

    private static int Cost(string gap)
    {
        if (gap.Contains('.') && !gap.Contains("억", StringComparison.Ordinal) || gap.Contains('■') || gap.Contains('\t'))
        {
            return int.MaxValue;
        }
        var cost = gap.Length;
        foreach (var c in gap)
        {
            if (c is ',' or '，')
            {
                cost += 8;
            }
            else if (char.IsDigit(c))
            {
                cost += 3;
            }
        }
        return cost;
    }
}
