namespace KoreanAnalysis.Dictionary;

/// <summary>
/// Nori's character classes (mecab's char.def) plus the Java character tables Nori's tokenizer consults:
/// general category and Unicode script, per UTF-16 code unit, as Java 17 defines them.
/// </summary>
public sealed class CharacterDefinition
{
    /// <summary>Number of character classes.</summary>
    public const int ClassCount = 14;

    /// <summary>Class of the single-character tokens emitted for unknown unigrams.</summary>
    public const int NGram = 0;

    // Java Character.getType values that Nori treats as punctuation.
    private const byte SpaceSeparator = 12;
    private const byte NonSpacingMark = 6;
    private const byte DecimalDigitNumber = 9;

    private const byte PunctuationFlag = 1;
    private const byte SpaceSeparatorFlag = 2;
    private const byte DigitFlag = 4;
    private const byte NonSpacingMarkFlag = 8;

    private readonly byte[] charClass;
    private readonly byte[] invoke;
    private readonly byte[] group;
    private byte[] flags = [];
    private byte[] script = [];
    private byte commonScript;
    private byte inheritedScript;

    internal CharacterDefinition(BinaryReader reader)
    {
        charClass = SystemDictionary.ReadArray<byte>(reader, char.MaxValue + 1);
        invoke = SystemDictionary.ReadArray<byte>(reader, ClassCount);
        group = SystemDictionary.ReadArray<byte>(reader, ClassCount);
    }

    internal void ReadJavaTables(BinaryReader reader)
    {
        var javaType = SystemDictionary.ReadArray<byte>(reader, char.MaxValue + 1);
        script = SystemDictionary.ReadArray<byte>(reader, char.MaxValue + 1);
        commonScript = reader.ReadByte();
        inheritedScript = reader.ReadByte();
        flags = new byte[javaType.Length];
        for (var c = 0; c < javaType.Length; c++)
        {
            var type = javaType[c];
            flags[c] = (byte)((IsPunctuationType(c, type) ? PunctuationFlag : 0)
                | (type == SpaceSeparator ? SpaceSeparatorFlag : 0)
                | (type == DecimalDigitNumber ? DigitFlag : 0)
                | (type == NonSpacingMark ? NonSpacingMarkFlag : 0));
        }
    }

    // Nori's KoreanTokenizer.isPunctuation: the Hangul letter araea (an interpunct) and these Java categories.
    private static bool IsPunctuationType(int c, byte type) =>
        c == 0x318D || type is 12 or 13 or 14 or 15 or 16 or >= 20 and <= 30;

    /// <summary>The class of <paramref name="c"/>.</summary>
    public int ClassOf(char c) => charClass[c];

    /// <summary>Whether unknown words are proposed for this character even where known words start.</summary>
    public bool IsInvoke(char c) => invoke[charClass[c]] != 0;

    /// <summary>Whether this character may be grouped with its neighbours into one unknown word.</summary>
    public bool IsGroup(char c) => group[charClass[c]] != 0;

    /// <summary>Nori's punctuation test (Java's general category).</summary>
    public bool IsPunctuation(char c) => (flags[c] & PunctuationFlag) != 0;

    /// <summary>Java's SPACE_SEPARATOR category.</summary>
    public bool IsSpaceSeparator(char c) => (flags[c] & SpaceSeparatorFlag) != 0;

    /// <summary>Java's Character.isDigit.</summary>
    public bool IsDigit(char c) => (flags[c] & DigitFlag) != 0;

    internal bool IsNonSpacingMark(char c) => (flags[c] & NonSpacingMarkFlag) != 0;

    internal int ScriptOf(char c) => script[c];

    internal bool IsCommonOrInherited(int scriptCode) => scriptCode == commonScript || scriptCode == inheritedScript;

    internal bool IsSameScript(int one, int two) => one == two || IsCommonOrInherited(one) || IsCommonOrInherited(two);

    /// <summary>Whether <paramref name="c"/> is a precomposed Hangul syllable.</summary>
    public static bool IsHangulSyllable(char c) => c is >= '\uAC00' and <= '\uD7A3';

    /// <summary>Whether a Hangul syllable ends with a final consonant (jongseong).</summary>
    public static bool HasCoda(char c) => (c - 0xAC00) % 0x1C != 0;
}
