using Lucene.Net.Analysis.TokenAttributes;

namespace Retrieval.Tests;

public sealed class AnalyzerFactoryTests
{
    [Fact]
    public void Korean_is_split_into_morphemes_and_latin_lower_cased()
    {
        using var analyzer = AnalyzerFactory.Default();
        using var stream = analyzer.GetTokenStream("text", "국비예산은 Budget 3단계는");
        var term = stream.AddAttribute<ICharTermAttribute>();
        var terms = new List<string>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }
        stream.End();

        Assert.Equal(["국비", "예산", "budget", "3", "단계"], terms);
    }
}
