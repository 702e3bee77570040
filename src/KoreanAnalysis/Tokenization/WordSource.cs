namespace KoreanAnalysis.Tokenization;

/// <summary>Which dictionary a lattice arc comes from.</summary>
internal enum WordSource : byte
{
    Known,
    Unknown,
    User,
}
