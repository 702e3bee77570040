namespace KoreanAnalysis.Dictionary;

/// <summary>The entry Nori uses for an unknown word, one per character class.</summary>
public sealed class UnknownDictionary
{
    private readonly short[] leftId;
    private readonly short[] rightId;
    private readonly short[] wordCost;
    private readonly PosTag[] leftPos;

    internal UnknownDictionary(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        leftId = new short[count];
        rightId = new short[count];
        wordCost = new short[count];
        leftPos = new PosTag[count];
        for (var i = 0; i < count; i++)
        {
            leftId[i] = reader.ReadInt16();
            rightId[i] = reader.ReadInt16();
            wordCost[i] = reader.ReadInt16();
            leftPos[i] = (PosTag)reader.ReadByte();
        }
    }

    internal int LeftId(int characterClass) => leftId[characterClass];

    internal int RightId(int characterClass) => rightId[characterClass];

    internal int WordCost(int characterClass) => wordCost[characterClass];

    /// <summary>The part of speech of an unknown word of this character class.</summary>
    public PosTag LeftPos(int characterClass) => leftPos[characterClass];
}
