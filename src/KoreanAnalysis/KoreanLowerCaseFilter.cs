using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace KoreanAnalysis;

/// <summary>
/// Lower-cases terms in place, like Lucene's LowerCaseFilter (locale-independent, by code point), but
/// passes over Hangul and Han characters, which have no case, instead of asking ICU about every Korean term.
/// </summary>
public sealed class KoreanLowerCaseFilter : TokenFilter
{
    private readonly ICharTermAttribute termAtt;

    /// <summary>Creates the filter.</summary>
    public KoreanLowerCaseFilter(TokenStream input)
        : base(input)
    {
        termAtt = AddAttribute<ICharTermAttribute>();
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var term = termAtt.Buffer.AsSpan(0, termAtt.Length);
        for (var i = 0; i < term.Length; i++)
        {
            var c = term[i];
            if (c < 0x80)
            {
                if (c is >= 'A' and <= 'Z')
                {
                    term[i] = (char)(c | 0x20);
                }
            }
            else if (!IsCaseless(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < term.Length && char.IsLowSurrogate(term[i + 1]))
                {
                    // Lower-casing a supplementary character keeps it in the same plane, so it still takes two units.
                    Rune.ToLowerInvariant(new Rune(c, term[i + 1])).EncodeToUtf16(term.Slice(i, 2));
                    i++;
                }
                else
                {
                    term[i] = char.ToLowerInvariant(c);
                }
            }
        }

        return true;
    }

    private static bool IsCaseless(char c) =>
        c is >= '\uAC00' and <= '\uD7A3' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F' or >= '\u4E00' and <= '\u9FFF';
}
