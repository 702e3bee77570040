using Answering.Knowledge;
using Answering.Understanding;

namespace Answering.Skills;

/// <summary>A period a question names: a year column, a stage's subtotal, or the total over the stages.</summary>
public sealed record Period(ColumnSelector Column, string Korean, string English, int SortKey);

/// <summary>Finds the numbers a question points at: table cells by row and period, or sentence facts by measure, stage and region.</summary>
public sealed class ValueResolver(KnowledgeBase knowledge)
{
    private static readonly string[] BudgetWords = ["예산", "사업비", "투입", "편성", "지원규모", "총액"];

    public KnowledgeBase Knowledge => knowledge;

    /// <summary>The periods named, in time order: years first if given, else stages; several stages with "합친/합계" make the grand total.</summary>
    public IReadOnlyList<Period> Periods(QuestionFrame frame)
    {
        if (frame.Years.Count == 1 && frame.Stages.Count == 1 && frame.Operation is Operation.Growth or Operation.Difference or Operation.Ratio or Operation.Share)
        {
            // "2단계 R&D는 2019년의 몇 배": a year compared with a stage.
            return [new Period(ColumnSelector.Year(frame.Years[0]), $"'{frame.Years[0]:00}년", $"20{frame.Years[0]:00}", frame.Years[0]),
                new Period(ColumnSelector.StageTotal(frame.Stages[0]), $"{frame.Stages[0]}단계", $"phase {frame.Stages[0]}", 100 + frame.Stages[0])];
        }
        if (frame.Years.Count > 0)
        {
            return [.. frame.Years.Order().Select(y => new Period(ColumnSelector.Year(y), $"'{y:00}년", $"20{y:00}", y))];
        }
        return [.. frame.Stages.Order().Select(s => new Period(ColumnSelector.StageTotal(s), $"{s}단계", $"phase {s}", 100 + s))];
    }

    public Period SinglePeriod(QuestionFrame frame)
    {
        var periods = Periods(frame);
        return periods.Count == 1 ? periods[0] : GrandTotal;
    }

    /// <summary>The grand-total column, named after the stages it adds up.</summary>
    public Period GrandTotal
    {
        get
        {
            var stages = knowledge.Figures.StagesInGrandTotal;
            return stages.Count > 0
                ? new Period(ColumnSelector.GrandTotal, $"{string.Join("·", stages)}단계 합계", $"phases {string.Join(" and ", stages)} combined", 999)
                : new Period(ColumnSelector.GrandTotal, "전체 합계", "all phases combined", 999);
        }
    }

    /// <summary>The table row a question is about: the total row when the others named are its parts (국비+지방비 합계).</summary>
    public string? MainRow(QuestionFrame frame)
    {
        var total = knowledge.Figures.TotalRow;
        if (frame.Rows.Count == 0)
        {
            return null;
        }
        if (total is not null && frame.Rows.Contains(total) && frame.Rows.Count(r => r != total) >= 2 && frame.Operation is not Operation.Share)
        {
            return total;
        }
        return frame.Rows.FirstOrDefault(r => r != total) ?? frame.Rows[0];
    }

    public static bool IsBudgetWord(string word) => BudgetWords.Any(b => word.StartsWith(b, StringComparison.Ordinal));

    /// <summary>
    /// The row a money question is about: the one it names, else the total row when it only says 예산/사업비
    /// (budget): "2단계 예산" is the stage's 합계, while 국비 names its own row.
    /// </summary>
    public string? BudgetRow(QuestionFrame frame) =>
        MainRow(frame) ?? (frame.Text.HasAny(BudgetWords) && frame.Measures.All(m => m.Key == "예산") ? knowledge.Figures.TotalRow : null);

    /// <summary>The cell(s) of a row in a period; several when a table is repeated (both are sources).</summary>
    public IReadOnlyList<SourcedValue> Cells(string row, Period period, QuestionFrame frame, out string? nonNumeric)
    {
        nonNumeric = null;
        var values = new List<SourcedValue>();
        foreach (var (table, tableRow, cell) in knowledge.Figures.Find(row, period.Column))
        {
            if (!frame.InScope(table.Doc))
            {
                continue;
            }
            if (cell.Number is double number)
            {
                values.Add(new SourcedValue($"{period.Korean} {row}", (decimal)number, table.Unit ?? "", FigureTables.SourceOf(table, tableRow, cell)) { EnglishLabel = $"the {period.English} {Composing.Terms.Row(row, true)}" });
            }
            else
            {
                nonNumeric ??= cell.Text;
                values.Add(new SourcedValue($"{period.Korean} {row}", 0, "", FigureTables.SourceOf(table, tableRow, cell)));
            }
        }
        return values;
    }

    public SourcedValue? Cell(string row, Period period, QuestionFrame frame) => Cells(row, period, frame, out var text) is { Count: > 0 } cells && text is null ? cells[0] : null;

    /// <summary>Facts of a measure in scope: the region when one is named (else facts of no region), the stage when one is named.</summary>
    public IReadOnlyList<MeasureFact> Facts(Measure measure, QuestionFrame frame)
    {
        var region = frame.Regions.FirstOrDefault()?.Short;
        var stage = frame.Stages.Count == 1 ? frame.Stages[0] : (int?)null;
        return [.. knowledge.Facts.For(measure)
            .Where(f => f.Region == region && frame.InScope(f.Source.Doc))
            .Where(f => stage is null || f.Stage == stage)
            .OrderBy(f => f.Distance)];
    }

    public SourcedValue? Fact(Measure measure, QuestionFrame frame, string? unit = null)
    {
        var fact = Facts(measure, frame).FirstOrDefault(f => unit is null || f.Unit == unit);
        return fact is null ? null : new SourcedValue(Label(fact, frame), fact.Value, fact.Unit, fact.Source)
        {
            EnglishLabel = $"{(fact.Region is { } r ? Understanding.RegionNames.ByShort(r)?.English + " " : fact.Stage is int s ? $"phase {s} " : "")}{fact.Measure.EnglishName}",
        };
    }

    private static string Label(MeasureFact fact, QuestionFrame frame)
    {
        var scope = fact.Region ?? (fact.Stage is int s ? $"{s}단계" : null);
        return scope is null ? fact.Measure.Key : $"{scope} {fact.Measure.Key}";
    }
}
