using Corpus;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Util;

namespace Retrieval.Tests;

public sealed class PassageIndexTests
{
    private static readonly CorpusLibrary Library = CorpusLibrary.Load(Path.Combine(AppContext.BaseDirectory, "corpus"));
    private static readonly PassageIndex Index = new(Library);

    [Theory]
    [InlineData("법적 근거 국가균형발전특별법", 101)]
    [InlineData("수요맞춤형 과제", 45)]
    [InlineData("김현철 지역경제정책관 수도권 집중", 78)]
    public void Finds_the_passage_a_query_is_about(string query, int line)
    {
        var hits = Index.Search(query, 3);

        Assert.Contains(hits, h => h.Unit.FromLine == line);
    }

    [Fact]
    public void Table_rows_are_found_through_their_table_title()
    {
        var hits = Index.Search("사업단계별 지원 규모 지방비", 5);

        Assert.Contains(hits, h => h.Unit.FromLine == 40);
    }

    [Theory]
    [InlineData("R&D (")]
    [InlineData("*")]
    [InlineData("?")]
    [InlineData("title:\"x\" AND OR NOT ~ ^ [a TO b]")]
    [InlineData("")]
    public void Query_syntax_is_plain_text_and_never_throws(string query)
    {
        var hits = Index.Search(query, 5);

        Assert.True(hits.Count <= 5);
    }

    [Fact]
    public void Filter_limits_hits_to_the_units_it_accepts()
    {
        var hits = Index.Search("국비 예산", 5, u => u.FromLine > 100);

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.True(h.Unit.FromLine > 100));
    }

    [Fact]
    public void The_analyzer_is_one_seam()
    {
        // Whitespace tokens cannot meet "지방비" inside "지방비는": proof the factory, not the default, analyzed both sides.
        using var whitespace = new PassageIndex(Library, () => new WhitespaceAnalyzer(LuceneVersion.LUCENE_48));

        Assert.Empty(whitespace.Search("비R&D는", 5));
        Assert.NotEmpty(Index.Search("비R&D는", 5));
    }
}
