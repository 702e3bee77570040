using Corpus.Quantities;
using Knowledge.Dates;
using Knowledge.Language;

namespace Answering.Understanding;

/// <summary>What is asked for: an amount, a count, a share, a date, a person to contact, a place, reasons, a list, yes or no.</summary>
[Flags]
public enum Asks
{
    None = 0,
    Amount = 1,
    Count = 2,
    Percent = 4,
    When = 8,
    Who = 16,
    Where = 32,
    What = 64,
    Why = 128,
    How = 256,
    YesNo = 512,
    Score = 1024,
    Duration = 2048,
    Times = 4096,
}

/// <summary>
/// A question read against general language: its terms (morphemes, canonical), the amounts, years, months, stages and
/// regions it names, what it asks for, the operation it wants, whether it states a claim or asks about eligibility,
/// and whether it leans on an earlier turn.
/// </summary>
public sealed record Question
{
    public required string Original { get; init; }

    /// <summary>The Korean text the engine reads (an English question translated by <see cref="EnglishGlossary"/>).</summary>
    public required string Text { get; init; }
    public bool IsEnglish { get; init; }
    public IReadOnlyList<Token> Tokens { get; init; } = [];

    /// <summary>Canonical naming terms, question words removed.</summary>
    public IReadOnlyList<string> Terms { get; init; } = [];
    public IReadOnlyList<string> Predicates { get; init; } = [];
    public string Compact { get; init; } = "";
    public IReadOnlyList<Quantity> Quantities { get; init; } = [];
    public IReadOnlyList<DateMention> Dates { get; init; } = [];
    public IReadOnlyList<int> Years { get; init; } = [];

    /// <summary>Where each year is written (to tell a programme's year, 2024년 그린전환…, from a period asked about).</summary>
    public IReadOnlyList<(int Year, int Start, int End)> YearMentions { get; init; } = [];

    /// <summary>Years named relative to the document's own (작년 = −1, 올해 = 0, 내년 = +1).</summary>
    public IReadOnlyList<int> RelativeYears { get; init; } = [];
    public IReadOnlyList<int> Months { get; init; } = [];
    public IReadOnlyList<int> Stages { get; init; } = [];
    public IReadOnlyList<Region> Regions { get; init; } = [];

    /// <summary>광역시, 도, 수도권 … named as kinds of place.</summary>
    public IReadOnlyList<string> PlaceKinds { get; init; } = [];
    public Asks Asks { get; init; }
    public Operation Operation { get; init; }
    public RankOrder Rank { get; init; }
    public int? TopN { get; init; }

    /// <summary>The unit an answer is asked in (백만원으로, in 억원).</summary>
    public Unit? TargetUnit { get; init; }

    /// <summary>A number to divide by that the question states (14개 시·도로 나누면).</summary>
    public Quantity? Divisor { get; init; }
    public bool IsClaim { get; init; }
    public bool IsEligibility { get; init; }

    /// <summary>Leans on an earlier turn: 그럼, 거기, 그거, 그 유형, 작년은요.</summary>
    public bool IsFollowUp { get; init; }

    /// <summary>The direction the question expects (늘었/줄었), if it says one.</summary>
    public int Direction { get; init; }

    public bool Has(Asks asks) => (Asks & asks) != 0;
}
