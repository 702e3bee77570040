namespace Knowledge.Index;

/// <summary>
/// The corpus-wide statistics and look-ups that would otherwise need every document in memory: in how many documents
/// a term occurs, the documents a question may be about, and whether any document is named by a set of terms.
/// </summary>
public interface IDocumentIndex
{
    /// <summary>How many documents are indexed.</summary>
    int Count { get; }

    /// <summary>In how many documents a term occurs (a term of <see cref="DocumentTerms.Vocabulary"/>).</summary>
    int DocumentFrequency(string term);

    /// <summary>
    /// The names of at most <paramref name="limit"/> documents the query may be about, in corpus order: every document
    /// whose naming score plus <see cref="DocumentQuery.Slack"/> reaches the share of the best score the selector keeps.
    /// </summary>
    IReadOnlyList<string> Candidates(DocumentQuery query, int limit);

    /// <summary>Whether some document's title, programme names or issuer carry at least <paramref name="minimum"/> of the terms.</summary>
    bool AnyNamedBy(IReadOnlyCollection<string> terms, int minimum);
}
