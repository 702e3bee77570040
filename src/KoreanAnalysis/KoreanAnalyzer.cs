using KoreanAnalysis.Dictionary;
using Lucene.Net.Analysis;

namespace KoreanAnalysis;

/// <summary>
/// Nori's KoreanAnalyzer for Lucene.Net: <see cref="KoreanTokenizer"/> → <see cref="KoreanPartOfSpeechStopFilter"/>
/// → <see cref="KoreanReadingFormFilter"/> → <see cref="KoreanLowerCaseFilter"/>.
/// </summary>
public sealed class KoreanAnalyzer : Analyzer
{
    private readonly UserDictionary? userDictionary;
    private readonly DecompoundMode mode;
    private readonly IReadOnlySet<PosTag> stopTags;
    private readonly bool outputUnknownUnigrams;

    /// <summary>Creates the analyzer; the defaults are Nori's (no user words, <see cref="DecompoundMode.Discard"/>, default stop tags).</summary>
    public KoreanAnalyzer(UserDictionary? userDictionary = null, DecompoundMode mode = DecompoundMode.Discard,
        IReadOnlySet<PosTag>? stopTags = null, bool outputUnknownUnigrams = false)
    {
        this.userDictionary = userDictionary;
        this.mode = mode;
        this.stopTags = stopTags ?? KoreanPartOfSpeechStopFilter.DefaultStopTags;
        this.outputUnknownUnigrams = outputUnknownUnigrams;
    }

    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new KoreanTokenizer(Lucene.Net.Util.AttributeSource.AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY, reader, userDictionary, mode,
            outputUnknownUnigrams, discardPunctuation: true);
        TokenStream stream = new KoreanPartOfSpeechStopFilter(tokenizer, stopTags);
        stream = new KoreanReadingFormFilter(stream);
        stream = new KoreanLowerCaseFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
