using KoreanAnalysis.Dictionary;

namespace Knowledge.Language;

/// <summary>A morpheme as the analyzer read it: its surface (lower-cased), tag, and where it stands in the normalized text.</summary>
public readonly record struct Token(string Surface, PosTag Tag, int Start, int End, int Word)
{
    public bool IsNominal => Tag is PosTag.NNG or PosTag.NNP or PosTag.SL or PosTag.SH or PosTag.XR or PosTag.UNKNOWN or PosTag.NNB or PosTag.NR;

    public bool IsContent => Tag is PosTag.NNG or PosTag.NNP or PosTag.SL or PosTag.SH or PosTag.XR or PosTag.UNKNOWN;

    public bool IsPredicate => Tag is PosTag.VV or PosTag.VA or PosTag.VX;
}
