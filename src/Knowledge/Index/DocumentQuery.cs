namespace Knowledge.Index;

/// <summary>
/// What a question offers for finding its documents among many: its canonical terms, its compact text (a programme
/// name written without spaces) and the years it names. <see cref="Slack"/> is the most the document selector's
/// other evidence (words standing together in one passage, stages, places, amounts) can add to a document's score
/// beyond what an index scores, so a document that could still come out on top is never left out.
/// </summary>
public sealed record DocumentQuery(IReadOnlyList<string> Terms, string Compact, IReadOnlyList<int> Years)
{
    public double Slack { get; init; }
}
