namespace Answering.Contract;

/// <summary>A number the answer states: read off a document (no formula) or computed (formula and inputs).</summary>
public sealed record Figure
{
    public required string Label { get; init; }
    public required double Value { get; init; }
    public required string Unit { get; init; }
    public string? Formula { get; init; }
    public IReadOnlyList<FigureInput> Inputs { get; init; } = [];
}

/// <summary>An input of a computed figure; <see cref="Citation"/> is the 1-based index into <see cref="Answer.Citations"/>.</summary>
public sealed record FigureInput(string Label, double Value, string Unit, int Citation);
