using KoreanAnalysis;
using Lucene.Net.Analysis;

namespace Retrieval;

/// <summary>
/// The one seam for the index's Korean analysis: the Nori-equal <see cref="KoreanAnalyzer"/> (morphemes, so
/// 국비예산은 meets 국비 and 예산, and 3단계는 meets 단계). Another analyzer is one line here, or a factory
/// passed to <see cref="PassageIndex"/>.
/// </summary>
public static class AnalyzerFactory
{
    public static Func<Analyzer> Default { get; } = () => new KoreanAnalyzer();
}
