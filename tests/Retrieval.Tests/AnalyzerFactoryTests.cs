using Lucene.Net.Analysis.TokenAttributes;

namespace Retrieval.Tests;

public sealed class AnalyzerFactoryTests
{
    [Fact]
    public void Hangul_becomes_overlapping_bigrams_and_latin_lower_case_words()
    {
        using var analyzer = AnalyzerFactory.Default();
        using var stream = analyzer.GetTokenStream("text", "국비예산 Budget");
        var term = stream.AddAttribute<ICharTermAttribute>();
        var terms = new List<string>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }
        stream.End();

        Assert.Equal(["국비", "비예", "예산", "budget"], terms);
    }
}
