using System.Text;
using KoreanAnalysis.Numbers;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace KoreanAnalysis;

/// <summary>
/// Joins number tokens and normalizes them to plain Arabic decimals, as Nori's KoreanNumberFilter:
/// <c>1,306</c>, <c>1천306</c> and <c>천삼백육</c> all become <c>1306</c>; <c>３.２천</c> becomes <c>3200</c>.
/// The separators must reach it, so the tokenizer should keep punctuation (<c>discardPunctuation: false</c>).
/// Keyword tokens, and tokens stacked at position increment 0 with what they cover, pass unchanged.
/// </summary>
public sealed class KoreanNumberFilter : TokenFilter
{
    private readonly ICharTermAttribute termAtt;
    private readonly IOffsetAttribute offsetAtt;
    private readonly IKeywordAttribute keywordAtt;
    private readonly IPositionIncrementAttribute posIncAtt;
    private readonly IPositionLengthAttribute posLengthAtt;
    private readonly StringBuilder numeral = new();
    private State? pendingState;
    private int fallThroughTokens;
    private bool exhausted;

    /// <summary>Creates the filter.</summary>
    public KoreanNumberFilter(TokenStream input)
        : base(input)
    {
        termAtt = AddAttribute<ICharTermAttribute>();
        offsetAtt = AddAttribute<IOffsetAttribute>();
        keywordAtt = AddAttribute<IKeywordAttribute>();
        posIncAtt = AddAttribute<IPositionIncrementAttribute>();
        posLengthAtt = AddAttribute<IPositionLengthAttribute>();
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        // A token read past the end of the previous number comes out first.
        if (pendingState is not null)
        {
            RestoreState(pendingState);
            pendingState = null;
            return true;
        }

        if (exhausted)
        {
            return false;
        }

        if (!m_input.IncrementToken())
        {
            exhausted = true;
            return false;
        }

        if (keywordAtt.IsKeyword)
        {
            return true;
        }

        if (fallThroughTokens > 0)
        {
            fallThroughTokens--;
            return true;
        }

        if (posIncAtt.PositionIncrement == 0)
        {
            fallThroughTokens = posLengthAtt.PositionLength - 1;
            return true;
        }

        var moreTokens = true;
        var composed = false;
        var startOffset = 0;
        var endOffset = 0;
        var preCompositionState = CaptureState();
        var term = termAtt.ToString();
        var numeralTerm = IsNumeral(term);
        while (moreTokens && numeralTerm)
        {
            if (!composed)
            {
                startOffset = offsetAtt.StartOffset;
                composed = true;
            }

            endOffset = offsetAtt.EndOffset;
            moreTokens = m_input.IncrementToken();
            if (!moreTokens)
            {
                exhausted = true;
            }

            if (posIncAtt.PositionIncrement == 0)
            {
                // A stacked token: emit what we had, then it and the tokens under it, unchanged.
                fallThroughTokens = posLengthAtt.PositionLength - 1;
                pendingState = CaptureState();
                RestoreState(preCompositionState);
                return moreTokens;
            }

            numeral.Append(term);
            if (moreTokens)
            {
                term = termAtt.ToString();
                numeralTerm = IsNumeral(term) || IsNumeralPunctuation(term);
            }
        }

        if (!composed)
        {
            return moreTokens;
        }

        if (moreTokens)
        {
            pendingState = CaptureState();
        }

        termAtt.SetEmpty().Append(KoreanNumberParser.Normalize(numeral.ToString()));
        offsetAtt.SetOffset(startOffset, endOffset);
        numeral.Clear();
        return true;
    }

    /// <inheritdoc />
    public override void Reset()
    {
        base.Reset();
        fallThroughTokens = 0;
        numeral.Clear();
        pendingState = null;
        exhausted = false;
    }

    private static bool IsNumeral(string term) => term.All(KoreanNumberParser.IsNumeral);

    private static bool IsNumeralPunctuation(string term) => term.All(KoreanNumberParser.IsNumeralPunctuation);
}
