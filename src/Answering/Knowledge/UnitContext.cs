using System.Text.RegularExpressions;
using Answering.Understanding;
using Corpus.Model;

namespace Answering.Knowledge;

/// <summary>
/// What each unit speaks of — a stage and a region — read from its own words or, failing that, from the
/// heading or table title it hangs under (○ bullets under "□ 1단계 사업에서는…" are about 1단계).
/// </summary>
public sealed partial class UnitContext
{
    [GeneratedRegex(@"(?<n>\d)\s*단계")]
    private static partial Regex StageMention();

    [GeneratedRegex(@"'(?<from>\d{2})\s*~\s*'?(?<to>\d{2})")]
    private static partial Regex YearSpan();

    private readonly Dictionary<(string Doc, int Index), (int? Stage, string? Region)> _context = [];

    public UnitContext(IEnumerable<ParsedDocument> documents, StageCatalog stages, RegionCatalog regions)
    {
        foreach (var document in documents)
        {
            foreach (var unit in document.Units)
            {
                var text = Quotes.Unify(unit.Text);
                if (unit.Table is int t && unit.Kind is UnitKind.TableRow)
                {
                    var table = document.Tables[t];
                    text = Quotes.Unify($"{table.Title} {(unit.Column is int c ? table.ColumnName(c) : "")} {text}");
                }
                var stage = OwnStage(text, stages);
                var region = regions.Mentioned(text).FirstOrDefault()?.Short;
                if (unit.Parent is int parent && _context.TryGetValue((unit.Doc, parent), out var inherited))
                {
                    stage ??= inherited.Stage;
                    region ??= inherited.Region;
                }
                _context[(unit.Doc, unit.Index)] = (stage, region);
            }
        }
    }

    public int? StageOf(DocumentUnit unit) => _context.GetValueOrDefault((unit.Doc, unit.Index)).Stage;

    public string? RegionOf(DocumentUnit unit) => _context.GetValueOrDefault((unit.Doc, unit.Index)).Region;

    private static int? OwnStage(string text, StageCatalog stages)
    {
        var mentioned = StageMention().Matches(text).Select(m => m.Groups["n"].Value[0] - '0').Distinct().ToList();
        if (mentioned.Count == 1)
        {
            return mentioned[0];
        }
        if (mentioned.Count > 1)
        {
            return null;
        }
        var span = YearSpan().Match(text);
        if (span.Success && int.TryParse(span.Groups["from"].Value, out var from) && int.TryParse(span.Groups["to"].Value, out var to))
        {
            var stage = stages.ForYear(from);
            return stage is not null && stage.Covers(to) ? stage.Number : null;
        }
        return null;
    }
}
