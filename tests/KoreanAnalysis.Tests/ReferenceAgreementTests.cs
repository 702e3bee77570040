using System.Text;
using KoreanAnalysis.Dictionary;

namespace KoreanAnalysis.Tests;

/// <summary>
/// Agreement with the real Nori (Lucene 8.8.1) on the reference lines in Reference/: the analyzer's terms and
/// the MIXED tokenizer's term/leftPOS/posType, line by line.
/// </summary>
public sealed class ReferenceAgreementTests
{
    public static TheoryData<string> Inputs => ["sentences", "corpus-lines", "long-lines"];

    [Theory]
    [MemberData(nameof(Inputs))]
    public void AnalyzerTermsMatchNori(string name)
    {
        using var analyzer = new KoreanAnalyzer();
        AssertAgreement(name, "nori-analyzer", line => TokenLineFormat.Terms(analyzer, line));
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void MixedTokenizerPartsOfSpeechMatchNori(string name)
    {
        using var tokenizer = TokenLineFormat.TokenizerOnly(DecompoundMode.Mixed);
        AssertAgreement(name, "nori-tokenizer-pos", line => TokenLineFormat.TermsWithPartOfSpeech(tokenizer, line));
    }

    [Theory]
    [InlineData("sentences")]
    [InlineData("corpus-lines")]
    public void MixedTokenizerWithUserDictionaryMatchesNori(string name)
    {
        var userDictionary = UserDictionary.FromFile(Path.Combine(AppContext.BaseDirectory, "Reference", "userdict.txt"));
        using var tokenizer = TokenLineFormat.TokenizerOnly(DecompoundMode.Mixed, userDictionary);
        AssertAgreement(name, "nori-tokenizer-pos-userdict", line => TokenLineFormat.TermsWithPartOfSpeech(tokenizer, line));
    }

    private static void AssertAgreement(string name, string kind, Func<string, string> analyze)
    {
        var inputs = ReadLines($"{name}.txt");
        var expected = ReadLines($"{name}.{kind}.txt");
        Assert.Equal(inputs.Length, expected.Length);
        var differences = new StringBuilder();
        var differing = 0;
        for (var i = 0; i < inputs.Length; i++)
        {
            var actual = analyze(inputs[i]);
            if (actual != expected[i])
            {
                differing++;
                differences.Append($"line {i + 1}: {inputs[i]}\n  nori: {expected[i]}\n  ours: {actual}\n");
            }
        }

        Assert.True(differing == 0, $"{differing} of {inputs.Length} lines differ:\n{differences}");
    }

    private static string[] ReadLines(string file)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reference", file), Encoding.UTF8);
        return text.EndsWith('\n') ? text[..^1].Split('\n') : text.Split('\n');
    }
}
