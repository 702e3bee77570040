using Corpus.Quantities;

namespace Answering.Rules.Facts;

/// <summary>
/// An amount or date the asker states about their case (업력 8년, 작년매출 45억원, 7월 17일에 협약), with the terms of the words
/// before it (<see cref="Subject"/>) and after it (<see cref="After"/>) in its clause, and whether it stands in the sentence
/// that asks (…7월 4일에 이의신청해도 되나요?).
/// </summary>
public sealed record AskerFact(double Value, Unit Unit, IReadOnlyList<string> Subject, IReadOnlyList<string> After, string Written, int Start, int End, bool InAsk)
{
    /// <summary>The words around the fact as written (for words the analyzer splits: 이의신청해도).</summary>
    public string Around { get; init; } = "";

    /// <summary>For a time between two of the asker's dates (협약 7월 12일 → 착수 12월 말), the words of the earlier one: what it counts from.</summary>
    public IReadOnlyList<string> From { get; init; } = [];

    public IEnumerable<string> Words => Subject.Concat(After);
}
