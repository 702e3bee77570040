using KoreanAnalysis.TokenAttributes;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using System.Text;

namespace KoreanAnalysis;

/// <summary>
/// One line of analysis output in the formats of Nori's reference tool (nori-tokens): the terms, or
/// <c>term/leftPOS/posType</c> per token, separated by single spaces.
/// </summary>
public static class TokenLineFormat
{
    /// <summary>The terms of <paramref name="line"/>.</summary>
    public static string Terms(Analyzer analyzer, string line) => Format(analyzer, line, withPartOfSpeech: false);

    /// <summary><c>term/leftPOS/posType</c> for each token of <paramref name="line"/>.</summary>
    public static string TermsWithPartOfSpeech(Analyzer analyzer, string line) => Format(analyzer, line, withPartOfSpeech: true);

    /// <summary>An analyzer made of the tokenizer alone (no filters), as nori-tokens --tokenizer-pos uses it.</summary>
    public static Analyzer TokenizerOnly(DecompoundMode mode = DecompoundMode.Mixed, Dictionary.UserDictionary? userDictionary = null) =>
        Analyzer.NewAnonymous((_, reader) => new TokenStreamComponents(new KoreanTokenizer(
            Lucene.Net.Util.AttributeSource.AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY, reader, userDictionary, mode,
            outputUnknownUnigrams: false, discardPunctuation: true)));

    private static string Format(Analyzer analyzer, string line, bool withPartOfSpeech)
    {
        var output = new StringBuilder();
        using var stream = analyzer.GetTokenStream("f", line);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var pos = stream.AddAttribute<IPartOfSpeechAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (output.Length > 0)
            {
                output.Append(' ');
            }

            output.Append(term.Buffer, 0, term.Length);
            if (withPartOfSpeech)
            {
                output.Append('/').Append(pos.LeftPos?.ToString() ?? "null").Append('/').Append(pos.PosType?.ToString() ?? "null");
            }
        }

        stream.End();
        return output.ToString();
    }
}
