namespace KoreanAnalysis.Dictionary;

/// <summary>Nori's part-of-speech tags (mecab-ko-dic), in Nori's ordinal order.</summary>
public enum PosTag : byte
{
    /// <summary>Verbal endings.</summary>
    E,
    /// <summary>Interjection.</summary>
    IC,
    /// <summary>Ending particle.</summary>
    J,
    /// <summary>General adverb.</summary>
    MAG,
    /// <summary>Conjunctive adverb.</summary>
    MAJ,
    /// <summary>Modifier.</summary>
    MM,
    /// <summary>General noun.</summary>
    NNG,
    /// <summary>Proper noun.</summary>
    NNP,
    /// <summary>Dependent noun.</summary>
    NNB,
    /// <summary>Dependent noun (unit).</summary>
    NNBC,
    /// <summary>Pronoun.</summary>
    NP,
    /// <summary>Numeral.</summary>
    NR,
    /// <summary>Terminal punctuation.</summary>
    SF,
    /// <summary>Chinese character.</summary>
    SH,
    /// <summary>Foreign language.</summary>
    SL,
    /// <summary>Number.</summary>
    SN,
    /// <summary>Space.</summary>
    SP,
    /// <summary>Closing brackets.</summary>
    SSC,
    /// <summary>Opening brackets.</summary>
    SSO,
    /// <summary>Separator.</summary>
    SC,
    /// <summary>Other symbol.</summary>
    SY,
    /// <summary>Ellipsis.</summary>
    SE,
    /// <summary>Adjective.</summary>
    VA,
    /// <summary>Negative designator.</summary>
    VCN,
    /// <summary>Positive designator.</summary>
    VCP,
    /// <summary>Verb.</summary>
    VV,
    /// <summary>Auxiliary verb or adjective.</summary>
    VX,
    /// <summary>Prefix.</summary>
    XPN,
    /// <summary>Root.</summary>
    XR,
    /// <summary>Adjective suffix.</summary>
    XSA,
    /// <summary>Noun suffix.</summary>
    XSN,
    /// <summary>Verb suffix.</summary>
    XSV,
    /// <summary>Unknown.</summary>
    UNKNOWN,
    /// <summary>Unknown.</summary>
    UNA,
    /// <summary>Unknown.</summary>
    NA,
    /// <summary>Unknown.</summary>
    VSV,
}

/// <summary>How a dictionary entry is built: a single morpheme, or one that decompounds.</summary>
public enum PosType : byte
{
    /// <summary>A simple morpheme.</summary>
    MORPHEME,
    /// <summary>A compound noun, e.g. 가락지나물.</summary>
    COMPOUND,
    /// <summary>An inflected token, e.g. 가릴지.</summary>
    INFLECT,
    /// <summary>A pre-analysis token, e.g. 4.19.</summary>
    PREANALYSIS,
}

/// <summary>One part of a decompounded token.</summary>
public sealed record Morpheme(PosTag Tag, string Surface);
