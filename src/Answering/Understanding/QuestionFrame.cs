using Answering.Knowledge;
using Corpus.Quantities;

namespace Answering.Understanding;

/// <summary>What a computation asks for.</summary>
public enum Operation
{
    None,
    Growth,
    Share,
    Difference,
    Divide,
    Ratio,
    PercentOf,
    Sum,
}

/// <summary>A question read into slots: who (regions), when (stages, years), what (table rows, measures), how (operation), and whether it states a claim.</summary>
public sealed record QuestionFrame
{
    public required QuestionText Text { get; init; }
    public IReadOnlyList<RegionName> Regions { get; init; } = [];
    public IReadOnlyList<int> Stages { get; init; } = [];
    public IReadOnlyList<int> Years { get; init; } = [];
    public IReadOnlyList<string> Rows { get; init; } = [];
    public IReadOnlyList<Measure> Measures { get; init; } = [];
    public IReadOnlyList<Quantity> Quantities { get; init; } = [];
    public Operation Operation { get; init; }
    public bool IsClaim { get; init; }
    public bool IsFollowUp { get; init; }

    public bool IsEnglish => Text.IsEnglish;
    public bool HasPeriod => Stages.Count > 0 || Years.Count > 0;
    public bool HasSubject => Rows.Count > 0 || Measures.Count > 0;

    /// <summary>A follow-up keeps what it says and borrows the rest from the turn before ("그거 14개 시도로 나누면?").</summary>
    public QuestionFrame Inherit(QuestionFrame previous) => this with
    {
        Regions = Regions.Count > 0 ? Regions : previous.Regions,
        Stages = HasPeriod ? Stages : previous.Stages,
        Years = HasPeriod ? Years : previous.Years,
        Rows = HasSubject ? Rows : previous.Rows,
        Measures = HasSubject ? Measures : previous.Measures,
    };
}
