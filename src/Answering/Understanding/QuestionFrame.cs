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

    /// <summary>A total with one of its rows taken out ("그중 R&amp;D 빼면?").</summary>
    Exclude,
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

    /// <summary>The documents the question is about, when its words single some out; null means all.</summary>
    public IReadOnlySet<string>? Documents { get; init; }

    public bool InScope(string doc) => Documents is null || Documents.Contains(doc);
    public bool IsFollowUp { get; init; }

    public bool IsEnglish => Text.IsEnglish;

    /// <summary>"그건 1단계보다 몇 % 늘었어요?" after a question about 2단계: the comparison needs both periods.</summary>
    private bool ComparesWithEarlier(QuestionFrame previous) =>
        Operation is Operation.Growth or Operation.Difference && Stages.Count + Years.Count == 1 && previous.Stages.Count + previous.Years.Count == 1
        && (Stages.Count == previous.Stages.Count);
    public bool HasPeriod => Stages.Count > 0 || Years.Count > 0;
    public bool HasSubject => Rows.Count > 0 || Measures.Count > 0;

    /// <summary>For <see cref="Operation.Exclude"/>: the rows taken out, while <see cref="Rows"/> is what they are taken from.</summary>
    public IReadOnlyList<string> Excluded { get; init; } = [];

    /// <summary>
    /// A follow-up keeps what it says and borrows the rest from the turn before ("그거 14개 시도로 나누면?");
    /// one that only swaps the subject ("그럼 지방비는?") repeats the earlier computation for it.
    /// </summary>
    public QuestionFrame Inherit(QuestionFrame previous) => this with
    {
        Regions = Regions.Count > 0 ? Regions : previous.Regions,
        Operation = Operation == Operation.None && !HasPeriod ? previous.Operation : Operation,
        Documents = Documents ?? previous.Documents,
        Stages = HasPeriod ? (ComparesWithEarlier(previous) ? [.. previous.Stages.Union(Stages)] : Stages) : previous.Stages,
        Years = HasPeriod ? (ComparesWithEarlier(previous) ? [.. previous.Years.Union(Years)] : Years) : previous.Years,
        Rows = HasSubject ? Rows : previous.Rows,
        Measures = HasSubject ? Measures : previous.Measures,
    };
}
