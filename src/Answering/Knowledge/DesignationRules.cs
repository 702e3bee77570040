using Corpus.Model;
using Corpus.Quantities;

namespace Answering.Knowledge;

/// <summary>A limit written in a document: a radius (with the 광역시 exception when written), or a maximum area.</summary>
public sealed record LimitRule(decimal Limit, decimal? MetropolitanLimit, string Unit, Source Source);

/// <summary>A list of accepted kinds (혁신거점 types), open-ended when it ends in 등.</summary>
public sealed record KindList(IReadOnlyList<string> Kinds, bool OpenEnded, Source Source);

/// <summary>A form mentioned only as a planned example (3단계 … 예시): no firm rule.</summary>
public sealed record ExampleNote(string Text, Source Source, Source? CurrentRule);

/// <summary>
/// The designation rules the documents write down, read by their shape: a line with 반경 and a km figure
/// (and "광역시는 N km"), a line with 면적 and a km² figure, and the footnote that lists what a starred
/// term (혁신거점*) covers. Later lines with the same rule are kept as further sources.
/// </summary>
public sealed class DesignationRules
{
    public DesignationRules(IEnumerable<ParsedDocument> documents)
    {
        var radius = new List<LimitRule>();
        var area = new List<LimitRule>();
        var kinds = new List<KindList>();
        var examples = new List<ExampleNote>();
        foreach (var document in documents)
        {
            foreach (var unit in document.Units)
            {
                var text = unit.Text;
                var quantities = QuantityScanner.Scan(text);
                if (text.Contains("반경", StringComparison.Ordinal) && quantities.Any(q => q.Unit == "km"))
                {
                    var radiusAt = text.IndexOf("반경", StringComparison.Ordinal);
                    var general = quantities.FirstOrDefault(q => q.Unit == "km" && q.Start > radiusAt);
                    var metroAt = text.IndexOf("광역시", StringComparison.Ordinal);
                    decimal? metro = metroAt >= 0 ? quantities.Where(q => q.Unit == "km" && q.Start > metroAt).Select(q => (decimal?)q.Value).FirstOrDefault() : null;
                    if (general.Unit == "km")
                    {
                        radius.Add(new LimitRule(general.Value, metro, "km", Source.Of(unit)));
                    }
                }
                if (text.Contains("면적", StringComparison.Ordinal) && quantities.FirstOrDefault(q => q.Unit == "km²") is { Unit: "km²" } limit)
                {
                    area.Add(new LimitRule(limit.Value, null, "km²", Source.Of(unit)));
                }
                if (unit.Kind is UnitKind.Note && unit.Parent is int parent && parent == unit.Index - 1 && document.Units[parent].Text.Contains("거점*", StringComparison.Ordinal))
                {
                    kinds.Add(ReadKinds(unit));
                }
                if (unit.Table is int t && IsExampleTable(document.Tables[t]) && unit.Kind is UnitKind.TableRow)
                {
                    var row = document.Tables[t].Rows.FirstOrDefault(r => r.Line == unit.FromLine);
                    var example = row?.Cells.LastOrDefault(c => c.ColumnName.Contains("예시", StringComparison.Ordinal));
                    var current = row?.Cells.FirstOrDefault(c => !c.ColumnName.Contains("예시", StringComparison.Ordinal));
                    if (example is not null && !example.IsEmpty)
                    {
                        examples.Add(new ExampleNote(example.Text, new Source(unit.Doc, unit.FromLine, unit.ToLine, example.Text),
                            current is null || current.IsEmpty ? null : new Source(unit.Doc, unit.FromLine, unit.ToLine, current.Text)));
                    }
                }
            }
        }
        Radius = radius;
        Area = area;
        Kinds = kinds;
        Examples = examples;
    }

    public IReadOnlyList<LimitRule> Radius { get; }
    public IReadOnlyList<LimitRule> Area { get; }
    public IReadOnlyList<KindList> Kinds { get; }
    public IReadOnlyList<ExampleNote> Examples { get; }

    private static bool IsExampleTable(DocumentTable table) =>
        (table.Title?.Contains("예시", StringComparison.Ordinal) ?? false) || table.ColumnPaths.Any(p => p.Any(h => h.Contains("예시", StringComparison.Ordinal)));

    private static KindList ReadKinds(DocumentUnit note)
    {
        var body = note.Text.TrimStart('*', '※', ' ');
        var openEnded = body.EndsWith('등') || body.EndsWith("등.", StringComparison.Ordinal);
        var items = body.Split(',', '，', '、')
            .Select(k => k.Trim())
            .Select(k => k.EndsWith(" 등", StringComparison.Ordinal) ? k[..^2].Trim() : k)
            .Where(k => k.Length > 0)
            .ToList();
        return new KindList(items, openEnded, Source.Of(note));
    }
}
