using System.Text.Json.Serialization;

namespace Evaluation;

/// <summary>One line of a gold question set (dev.jsonl): the question, its earlier turns and what a right answer shows.</summary>
public sealed record GoldItem
{
    public required string Id { get; init; }
    public string Kind { get; init; } = "?";
    public required string Question { get; init; }
    public IReadOnlyList<string> Context { get; init; } = [];
    public Expectation Expect { get; init; } = new();
}

public sealed record Expectation
{
    public IReadOnlyList<ExpectedNumber> Numbers { get; init; } = [];

    [JsonPropertyName("include_any")]
    public IReadOnlyList<IReadOnlyList<string>> IncludeAny { get; init; } = [];

    public IReadOnlyList<string> Exclude { get; init; } = [];
    public string? Verdict { get; init; }
    public string? Eligible { get; init; }
    public bool? Answerable { get; init; }

    [JsonPropertyName("cite_lines")]
    public IReadOnlyList<int[]> CiteLines { get; init; } = [];

    [JsonPropertyName("cite_doc")]
    public string? CiteDoc { get; init; }
}

public sealed record ExpectedNumber(double Value, string? Unit = null, double Tol = 0);
