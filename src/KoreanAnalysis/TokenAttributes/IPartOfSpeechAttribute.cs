using KoreanAnalysis.Dictionary;
using Lucene.Net.Util;

namespace KoreanAnalysis.TokenAttributes;

/// <summary>Part of speech of a token: its type, its left and right tags and, for compounds, its parts.</summary>
public interface IPartOfSpeechAttribute : IAttribute
{
    /// <summary>MORPHEME, COMPOUND, INFLECT or PREANALYSIS; null when no Korean tokenizer set it.</summary>
    PosType? PosType { get; set; }

    /// <summary>The tag reported for the token (the first morpheme's).</summary>
    PosTag? LeftPos { get; set; }

    /// <summary>The last morpheme's tag.</summary>
    PosTag? RightPos { get; set; }

    /// <summary>The decomposition of a COMPOUND, INFLECT or PREANALYSIS token, or null.</summary>
    IReadOnlyList<Morpheme>? Morphemes { get; set; }
}
