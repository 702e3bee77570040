using Lucene.Net.Util;

namespace KoreanAnalysis.TokenAttributes;

/// <summary>The Hangul reading of a Hanja token (e.g. 給付 → 급부), or null.</summary>
public interface IReadingAttribute : IAttribute
{
    /// <summary>The reading, or null when the token has none.</summary>
    string? Reading { get; set; }
}
