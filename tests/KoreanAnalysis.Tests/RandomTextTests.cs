using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Util;

namespace KoreanAnalysis.Tests;

/// <summary>
/// Whatever the text, the analyzers never throw, and offsets stay inside the text and never go backwards
/// (what Lucene's indexer and highlighter rely on).
/// </summary>
public sealed class RandomTextTests
{
    public static TheoryData<string> Analyzers => ["analyzer", "mixed", "none-with-punctuation", "unigrams"];

    private static Analyzer Create(string name) => name switch
    {
        "analyzer" => new KoreanAnalyzer(),
        "mixed" => TokenLineFormat.TokenizerOnly(DecompoundMode.Mixed),
        "unigrams" => new KoreanAnalyzer(outputUnknownUnigrams: true),
        _ => Analyzer.NewAnonymous((_, reader) => new TokenStreamComponents(new KoreanTokenizer(
            AttributeSource.AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY, reader, null, DecompoundMode.None, false, discardPunctuation: false))),
    };

    [Theory]
    [MemberData(nameof(Analyzers))]
    public void RandomUnicodeKeepsOffsetsValid(string name)
    {
        using var analyzer = Create(name);
        var random = new Random(20210303);
        for (var i = 0; i < 300; i++)
        {
            AssertValid(analyzer, RandomText(random, random.Next(0, 200)));
        }
    }

    [Theory]
    [MemberData(nameof(Analyzers))]
    public void EdgeCasesKeepOffsetsValid(string name)
    {
        using var analyzer = Create(name);
        string[] inputs =
        [
            "", " ", "   ", "\t\n\r", ".,!?()[]{}…·ㆍ", "😀😀😀 한글😀", "\uD800", "\uDC00가", "가\uD800",
            "R&D (", "*", "?", "<script>alert('x')</script>", "１２３４５６７８９０", "ＡＢＣ abc ABC", "\u0000\u0001\u0002",
            "ᄀᄁᄂ ᅡᅢ ᆨᆩ", "가\u0301나", "ㆍ국가ㆍ혁신ㆍ", new string('가', 3000), new string(' ', 2000) + "끝",
        ];
        foreach (var input in inputs)
        {
            AssertValid(analyzer, input);
        }
    }

    [Fact]
    public void LongLinesAreAnalyzed()
    {
        using var analyzer = new KoreanAnalyzer();
        var random = new Random(7);
        var builder = new StringBuilder();
        while (builder.Length < 100_000)
        {
            builder.Append(random.Next(3) == 0 ? "국가혁신클러스터육성사업은 " : RandomText(random, 50));
        }

        var tokens = AssertValid(analyzer, builder.ToString());
        Assert.True(tokens > 1000, $"only {tokens} tokens");
    }

    private static int AssertValid(Analyzer analyzer, string input)
    {
        var tokens = AnalysisAssert.Tokens(analyzer, input);
        var lastStart = 0;
        var position = -1;
        foreach (var token in tokens)
        {
            Assert.InRange(token.Start, lastStart, input.Length);
            Assert.InRange(token.End, token.Start, input.Length);
            Assert.NotEqual("", token.Term);
            Assert.True(token.PositionIncrement >= 0 && token.PositionLength >= 1);
            position += token.PositionIncrement;
            Assert.True(position >= 0, "the first token must advance the position");
            lastStart = token.Start;
        }

        return tokens.Count;
    }

    // Mostly Hangul with Latin, digits, Hanja, punctuation, spaces, lone and paired surrogates and controls.
    private static string RandomText(Random random, int length)
    {
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            switch (random.Next(10))
            {
                case < 4: builder.Append((char)random.Next(0xAC00, 0xD7A4)); break;
                case 4: builder.Append(' '); break;
                case 5: builder.Append((char)random.Next(0x20, 0x7F)); break;
                case 6: builder.Append((char)random.Next(0x4E00, 0x9FFF)); break;
                case 7: builder.Append(char.ConvertFromUtf32(random.Next(0x1F300, 0x1FAFF))); break;
                case 8: builder.Append((char)random.Next(0xD800, 0xE000)); break;
                default: builder.Append((char)random.Next(0, 0x10000)); break;
            }
        }

        return builder.ToString();
    }
}
