namespace Knowledge.Documents;

/// <summary>In how many passages each term occurs: a term in few passages says more about what a text is about.</summary>
public sealed class TermStatistics
{
    private readonly Dictionary<string, int> _frequency = new(StringComparer.Ordinal);

    public TermStatistics(IEnumerable<IEnumerable<string>> passages)
    {
        foreach (var terms in passages)
        {
            Count++;
            foreach (var term in terms.Distinct())
            {
                _frequency[term] = _frequency.GetValueOrDefault(term) + 1;
            }
        }
    }

    public int Count { get; }

    public int Frequency(string term) => _frequency.GetValueOrDefault(term);

    public bool Contains(string term) => _frequency.ContainsKey(term);

    /// <summary>BM25-style inverse document frequency; an unknown term gets the weight of a term seen once.</summary>
    public double Idf(string term)
    {
        var df = Math.Max(Frequency(term), 1);
        return Math.Log(1 + (Count - df + 0.5) / (df + 0.5));
    }

    public IEnumerable<string> Vocabulary => _frequency.Keys;
}
