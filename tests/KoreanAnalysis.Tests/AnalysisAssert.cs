using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace KoreanAnalysis.Tests;

/// <summary>Lucene's BaseTokenStreamTestCase in small: checks every attribute that positions and highlights depend on.</summary>
internal static class AnalysisAssert
{
    /// <summary>Asserts the terms, offsets, position increments and position lengths <paramref name="analyzer"/> gives <paramref name="input"/>.</summary>
    public static void AssertAnalyzesTo(Analyzer analyzer, string input, string[] terms, int[]? startOffsets = null,
        int[]? endOffsets = null, int[]? positionIncrements = null, int[]? positionLengths = null)
    {
        var tokens = Tokens(analyzer, input);
        Assert.Equal(terms, tokens.Select(t => t.Term).ToArray());
        if (startOffsets is not null)
        {
            Assert.Equal(startOffsets, tokens.Select(t => t.Start).ToArray());
        }

        if (endOffsets is not null)
        {
            Assert.Equal(endOffsets, tokens.Select(t => t.End).ToArray());
        }

        if (positionIncrements is not null)
        {
            Assert.Equal(positionIncrements, tokens.Select(t => t.PositionIncrement).ToArray());
        }

        if (positionLengths is not null)
        {
            Assert.Equal(positionLengths, tokens.Select(t => t.PositionLength).ToArray());
        }
    }

    /// <summary>A token with the attributes the assertions look at.</summary>
    public sealed record Token(string Term, int Start, int End, int PositionIncrement, int PositionLength);

    /// <summary>Runs <paramref name="analyzer"/> through the whole TokenStream contract and returns its tokens.</summary>
    public static List<Token> Tokens(Analyzer analyzer, string input, Action<TokenStream>? inspect = null)
    {
        var tokens = new List<Token>();
        using var stream = analyzer.GetTokenStream("field", input);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var length = stream.AddAttribute<IPositionLengthAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            inspect?.Invoke(stream);
            tokens.Add(new Token(term.ToString(), offset.StartOffset, offset.EndOffset, increment.PositionIncrement, length.PositionLength));
        }

        stream.End();
        Assert.Equal(input.Length, offset.EndOffset);
        return tokens;
    }
}
