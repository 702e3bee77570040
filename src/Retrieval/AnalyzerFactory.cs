using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Retrieval;

/// <summary>
/// The one seam for the index's Korean analysis. Until the Nori-equal analyzer lands, Hangul is
/// indexed as overlapping bigrams plus single syllables (so 2-syllable words and particles-attached
/// forms still meet), Latin and digits as lower-cased words.
/// </summary>
public static class AnalyzerFactory
{
    public static Func<Analyzer> Default { get; } = () => new BigramKoreanAnalyzer();

    private sealed class BigramKoreanAnalyzer : Analyzer
    {
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
