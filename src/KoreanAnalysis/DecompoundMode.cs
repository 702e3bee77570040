namespace KoreanAnalysis;

/// <summary>How the tokenizer outputs COMPOUND, INFLECT and PREANALYSIS tokens.</summary>
public enum DecompoundMode
{
    /// <summary>Keep the token whole.</summary>
    None,

    /// <summary>Output only its parts (Nori's default).</summary>
    Discard,

    /// <summary>Output the token, spanning its parts (position length), followed by its parts.</summary>
    Mixed,
}
