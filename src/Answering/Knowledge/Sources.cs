using Corpus.Model;

namespace Answering.Knowledge;

/// <summary>A number with where it was read: enough to state it, name it and cite it.</summary>
public sealed record SourcedValue(string Label, decimal Value, string Unit, Source Source);

/// <summary>A citable place: a document's lines and the exact text quoted from them, optionally a table cell's names.</summary>
public sealed record Source(string Doc, int FromLine, int ToLine, string Quote, string? TableTitle = null, string? Row = null, string? Column = null)
{
    public static Source Of(DocumentUnit unit) => new(unit.Doc, unit.FromLine, unit.ToLine, unit.Text);
}

/// <summary>A sentence-level fact: a measure's value in a passage, with the stage and region the passage speaks of.</summary>
public sealed record MeasureFact(Measure Measure, decimal Value, string Unit, int? Stage, string? Region, Source Source, int Distance);
