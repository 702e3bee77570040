using System.Text.Json.Serialization;

namespace Answering.Contract;

/// <summary>The one answer object every channel renders (see README: the answer contract).</summary>
public sealed record Answer
{
    public string? Id { get; init; }
    public required string Question { get; init; }

    [JsonPropertyName("answer")]
    public required string Text { get; init; }

    /// <summary><c>ko</c> or <c>en</c>: the question's language.</summary>
    public required string Language { get; init; }

    /// <summary>figure, computed, lookup, eligibility, case, factcheck, timeline, contact, out_of_scope, invalid, …</summary>
    public required string Kind { get; init; }

    public bool Answerable { get; init; }

    /// <summary>See <see cref="Verdicts"/>; null unless a claim was checked.</summary>
    public string? Verdict { get; init; }

    /// <summary>See <see cref="Eligibility"/>; null unless eligibility was asked.</summary>
    public string? Eligible { get; init; }

    public IReadOnlyList<Figure> Figures { get; init; } = [];
    public IReadOnlyList<Citation> Citations { get; init; } = [];
    public IReadOnlyList<string> FollowUps { get; init; } = [];

    /// <summary><c>engine</c> or <c>llm</c>.</summary>
    public string ProducedBy { get; init; } = Producers.Engine;

    public string? ConversationId { get; init; }
    public double ElapsedMs { get; init; }
}

public static class Verdicts
{
    public const string Supported = "supported";
    public const string Refuted = "refuted";
    public const string NotInDocument = "not_in_document";
    public const string Conflicting = "conflicting";
}

public static class Eligibility
{
    public const string Yes = "yes";
    public const string No = "no";
    public const string Depends = "depends";
    public const string NotInDocument = "not_in_document";
}

public static class Producers
{
    public const string Engine = "engine";
    public const string Llm = "llm";
}
