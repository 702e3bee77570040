using KoreanAnalysis.TokenAttributes;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace KoreanAnalysis;

/// <summary>Replaces a Hanja term by its Hangul reading (Nori's KoreanReadingFormFilter), e.g. 給付 → 급부.</summary>
public sealed class KoreanReadingFormFilter : TokenFilter
{
    private readonly ICharTermAttribute termAtt;
    private readonly IReadingAttribute readingAtt;

    /// <summary>Creates the filter.</summary>
    public KoreanReadingFormFilter(TokenStream input)
        : base(input)
    {
        termAtt = AddAttribute<ICharTermAttribute>();
        readingAtt = AddAttribute<IReadingAttribute>();
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (readingAtt.Reading is { } reading)
        {
            termAtt.SetEmpty().Append(reading);
        }

        return true;
    }
}
