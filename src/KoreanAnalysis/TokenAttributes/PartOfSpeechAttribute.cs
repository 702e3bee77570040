using KoreanAnalysis.Dictionary;
using Lucene.Net.Util;

namespace KoreanAnalysis.TokenAttributes;

/// <summary>Default implementation of <see cref="IPartOfSpeechAttribute"/>.</summary>
public sealed class PartOfSpeechAttribute : Lucene.Net.Util.Attribute, IPartOfSpeechAttribute
{
    /// <inheritdoc />
    public PosType? PosType { get; set; }

    /// <inheritdoc />
    public PosTag? LeftPos { get; set; }

    /// <inheritdoc />
    public PosTag? RightPos { get; set; }

    /// <inheritdoc />
    public IReadOnlyList<Morpheme>? Morphemes { get; set; }

    /// <inheritdoc />
    public override void Clear()
    {
        PosType = null;
        LeftPos = null;
        RightPos = null;
        Morphemes = null;
    }

    /// <inheritdoc />
    public override void CopyTo(IAttribute target)
    {
        var other = (IPartOfSpeechAttribute)target;
        other.PosType = PosType;
        other.LeftPos = LeftPos;
        other.RightPos = RightPos;
        other.Morphemes = Morphemes;
    }

    /// <inheritdoc />
    public override void ReflectWith(IAttributeReflector reflector)
    {
        reflector.Reflect<IPartOfSpeechAttribute>("posType", PosType?.ToString());
        reflector.Reflect<IPartOfSpeechAttribute>("leftPOS", LeftPos?.ToString());
        reflector.Reflect<IPartOfSpeechAttribute>("rightPOS", RightPos?.ToString());
        reflector.Reflect<IPartOfSpeechAttribute>("morphemes", Morphemes is null ? null : string.Join('+', Morphemes.Select(m => $"{m.Surface}/{m.Tag}")));
    }
}
