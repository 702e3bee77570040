using KoreanAnalysis.Dictionary;
using KoreanAnalysis.TokenAttributes;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace KoreanAnalysis;

/// <summary>Removes tokens whose part of speech is in a stop set (Nori's KoreanPartOfSpeechStopFilter).</summary>
public sealed class KoreanPartOfSpeechStopFilter : FilteringTokenFilter
{
    /// <summary>Nori's default stop tags: endings, particles, adverbs, modifiers, brackets, separators, affixes, unknown.</summary>
    public static readonly IReadOnlySet<PosTag> DefaultStopTags = new HashSet<PosTag>
    {
        PosTag.E, PosTag.IC, PosTag.J, PosTag.MAG, PosTag.MAJ, PosTag.MM, PosTag.SP, PosTag.SSC, PosTag.SSO,
        PosTag.SC, PosTag.SE, PosTag.XPN, PosTag.XSA, PosTag.XSN, PosTag.XSV, PosTag.UNA, PosTag.NA, PosTag.VSV,
    };

    private readonly IReadOnlySet<PosTag> stopTags;
    private readonly IPartOfSpeechAttribute posAtt;

    /// <summary>Creates the filter with <paramref name="stopTags"/>, or <see cref="DefaultStopTags"/>.</summary>
    public KoreanPartOfSpeechStopFilter(TokenStream input, IReadOnlySet<PosTag>? stopTags = null)
        : base(LuceneVersion.LUCENE_48, input)
    {
        this.stopTags = stopTags ?? DefaultStopTags;
        posAtt = AddAttribute<IPartOfSpeechAttribute>();
    }

    /// <inheritdoc />
    protected override bool Accept() => posAtt.LeftPos is not { } leftPos || !stopTags.Contains(leftPos);
}
