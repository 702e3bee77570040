using Lucene.Net.Util;

namespace KoreanAnalysis.TokenAttributes;

/// <summary>Default implementation of <see cref="IReadingAttribute"/>.</summary>
public sealed class ReadingAttribute : Lucene.Net.Util.Attribute, IReadingAttribute
{
    /// <inheritdoc />
    public string? Reading { get; set; }

    /// <inheritdoc />
    public override void Clear() => Reading = null;

    /// <inheritdoc />
    public override void CopyTo(IAttribute target) => ((IReadingAttribute)target).Reading = Reading;

    /// <inheritdoc />
    public override void ReflectWith(IAttributeReflector reflector) =>
        reflector.Reflect<IReadingAttribute>("reading", Reading);
}
