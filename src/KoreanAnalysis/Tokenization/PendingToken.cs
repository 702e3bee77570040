using KoreanAnalysis.Dictionary;

namespace KoreanAnalysis.Tokenization;

/// <summary>A token found by the backtrace and not yet returned: a slice of the text or a decompounded part.</summary>
internal struct PendingToken
{
    /// <summary>Surface of a decompounded part; null when the token is the text slice at <see cref="TextOffset"/>.</summary>
    public string? Part;
    public int TextOffset;
    public int Length;
    public int StartOffset;
    public int EndOffset;
    public int PositionIncrement;
    public int PositionLength;
    public PosType Type;
    public PosTag LeftPos;
    public PosTag RightPos;
    public string? Reading;
    public Morpheme[]? Morphemes;
}
