using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Pattern;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Retrieval;

/// <summary>
/// The one seam for the index's Korean analysis. Until the Nori-equal analyzer lands, Hangul is
/// indexed as overlapping bigrams (국비예산 → 국비 비예 예산, so spacing and attached particles still
/// meet; a lone syllable stays a unigram; digits are split from Hangul), Latin and digits as lower-cased words.
/// </summary>
public static class AnalyzerFactory
{
    public static Func<Analyzer> Default { get; } = () => new BigramKoreanAnalyzer();

    private sealed class BigramKoreanAnalyzer : Analyzer
    {
        // "3단계는" is one alphanumeric token to the tokenizer; split digits from Hangul so "단계" still meets.
        private static readonly System.Text.RegularExpressions.Regex DigitHangulBoundary = new(@"(?<=\d)(?=[가-힣])|(?<=[가-힣])(?=\d)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        protected override TextReader InitReader(string fieldName, TextReader reader) => new PatternReplaceCharFilter(DigitHangulBoundary, " ", reader);

        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
            TokenStream stream = new CJKWidthFilter(tokenizer);
            stream = new LowerCaseFilter(LuceneVersion.LUCENE_48, stream);
            stream = new CJKBigramFilter(stream, CJKScript.HANGUL | CJKScript.HAN, outputUnigrams: false);
            return new TokenStreamComponents(tokenizer, stream);
        }
    }
}
